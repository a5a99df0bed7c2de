package org.interchange.mapi.codec.fxics;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.interchange.mapi.codec.property.PropertyTag;

/**
 * The markers of FastTransfer streams, [MS-OXCFXICS] 2.2.4.1.4: property tags written without a
 * value that delimit folders, messages, recipients, attachments and the elements of ICS streams.
 */
public enum FastTransferMarker {
    NEW_ATTACH(0x40000003),
    START_EMBED(0x40010003),
    END_EMBED(0x40020003),
    START_RECIP(0x40030003),
    END_TO_RECIP(0x40040003),
    START_TOP_FLD(0x40090003),
    START_SUB_FLD(0x400A0003),
    END_FOLDER(0x400B0003),
    START_MESSAGE(0x400C0003),
    END_MESSAGE(0x400D0003),
    END_ATTACH(0x400E0003),
    START_FAI_MSG(0x40100003),
    INCR_SYNC_CHG(0x40120003),
    INCR_SYNC_DEL(0x40130003),
    INCR_SYNC_END(0x40140003),
    INCR_SYNC_MESSAGE(0x40150003),
    FX_ERROR_INFO(0x40180003),
    INCR_SYNC_READ(0x402F0003),
    INCR_SYNC_STATE_BEGIN(0x403A0003),
    INCR_SYNC_STATE_END(0x403B0003),
    INCR_SYNC_PROGRESS_MODE(0x4074000B),
    INCR_SYNC_PROGRESS_PER_MSG(0x4075000B),
    INCR_SYNC_GROUP_INFO(0x407B0102),
    INCR_SYNC_CHG_PARTIAL(0x407D0003);

    private static final Map<Integer, FastTransferMarker> BY_TAG = new HashMap<>();

    static {
        for (FastTransferMarker m : values()) {
            BY_TAG.put(m.tag, m);
        }
    }

    private final int tag;

    FastTransferMarker(int tag) {
        this.tag = tag;
    }

    /** The PidTag value written to the stream. */
    public int tag() {
        return tag;
    }

    public PropertyTag propertyTag() {
        return new PropertyTag(tag);
    }

    /** The marker whose tag is {@code tag}, if any. */
    public static Optional<FastTransferMarker> of(int tag) {
        return Optional.ofNullable(BY_TAG.get(tag));
    }
}
