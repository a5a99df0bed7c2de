package org.interchange.plugin.mapi;

import java.util.Optional;
import org.interchange.cache.api.FolderKind;
import org.interchange.mapi.objects.ContainerClass;

/** Which cache folder kind a MAPI container class ([MS-OXOSFLD] 2.2.6) becomes; others are not synced. */
final class FolderKinds {
    private FolderKinds() {
    }

    static Optional<FolderKind> of(String containerClass) {
        return switch (ContainerClass.of(containerClass)) {
            case MAIL -> Optional.of(FolderKind.MAIL);
            case CALENDAR -> Optional.of(FolderKind.CALENDAR);
            case CONTACTS -> Optional.of(FolderKind.CONTACTS);
            case TASKS -> Optional.of(FolderKind.TASKS);
            case NOTES -> Optional.of(FolderKind.NOTES);
            case JOURNAL, OTHER -> Optional.empty();
        };
    }
}
