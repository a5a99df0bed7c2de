package org.interchange.plugin.mapi;

import java.util.HexFormat;
import java.util.Optional;

/**
 * The version of a downloaded message as the cache stores it in an item's revision, so an offline edit can be
 * uploaded with ICS conflict detection ([MS-OXCFXICS] 2.2.1.2.7 PidTagChangeKey, 2.2.1.2.8
 * PidTagPredecessorChangeList, 2.2.1.2.5 PidTagSourceKey): the three values in hex, separated by dots.
 */
record IcsRevision(byte[] changeKey, byte[] predecessorChangeList, byte[] sourceKey) {
    private static final HexFormat HEX = HexFormat.of();

    String format() {
        return HEX.formatHex(changeKey) + "." + HEX.formatHex(predecessorChangeList) + "." + HEX.formatHex(sourceKey);
    }

    /** The version a revision names, or empty for a revision of another form (e.g. of an older cache). */
    static Optional<IcsRevision> parse(String revision) {
        if (revision == null) {
            return Optional.empty();
        }
        String[] parts = revision.split("\\.", -1);
        if (parts.length != 3 || parts[0].isEmpty() || parts[2].isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new IcsRevision(HEX.parseHex(parts[0]), HEX.parseHex(parts[1]), HEX.parseHex(parts[2])));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
