package org.interchange.mapi.server.cli;

import java.util.OptionalLong;
import org.interchange.mapi.objects.MessageClass;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.objects.mime.MapiMessage;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.SpecialFolder;

/**
 * The folder an imported item goes to: the one the administrator named, else the special folder
 * of its kind ([MS-OXOSFLD] 2.2): appointments to the Calendar, contacts and distribution lists to
 * Contacts, tasks to Tasks, notes to Notes, and mail, meeting requests and anything else to the Inbox.
 */
final class ImportTargets {
    private final Mailbox mailbox;
    private final OptionalLong chosen;

    ImportTargets(Mailbox mailbox, OptionalLong chosen) {
        this.mailbox = mailbox;
        this.chosen = chosen;
    }

    long folderOf(MapiMessage item) {
        if (chosen.isPresent()) {
            return chosen.getAsLong();
        }
        SpecialFolder folder = switch (MessageClass.of(item.properties().string(PidTag.MESSAGE_CLASS))) {
            case APPOINTMENT -> SpecialFolder.CALENDAR;
            case CONTACT, DISTRIBUTION_LIST -> SpecialFolder.CONTACTS;
            case TASK -> SpecialFolder.TASKS;
            case STICKY_NOTE -> SpecialFolder.NOTES;
            case NOTE, MEETING, OTHER -> SpecialFolder.INBOX;
        };
        return mailbox.folderId(folder);
    }
}
