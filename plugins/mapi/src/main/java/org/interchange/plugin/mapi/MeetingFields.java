package org.interchange.plugin.mapi;

import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import org.interchange.cache.api.PimFields;
import org.interchange.mapi.objects.PidLid;
import org.interchange.mapi.objects.PropertyBag;

/**
 * The meeting identity of appointments and meeting requests on download ([MS-OXOCAL] 2.2.1.27 PidLidGlobalObjectId,
 * 2.2.1.28 PidLidCleanGlobalObjectId, 2.2.1.1 PidLidAppointmentSequence, 2.2.5 meeting request).
 */
final class MeetingFields {
    private static final String REQUEST_CLASS = "IPM.Schedule.Meeting.";

    private MeetingFields() {
    }

    /** {@link PimFields#MEETING_UID}: the hex of the clean global object id, else of the global object id. */
    static void readUid(PropertyBag p, Map<String, String> f) {
        byte[] id = p.bytes(PidLid.CLEAN_GLOBAL_OBJECT_ID);
        if (id == null || id.length == 0) {
            id = p.bytes(PidLid.GLOBAL_OBJECT_ID);
        }
        if (id != null && id.length > 0) {
            f.put(PimFields.MEETING_UID, HexFormat.of().withUpperCase().formatHex(id));
        }
    }

    /** The uid, start, end and sequence of a meeting request, response or cancellation; nothing on other mail. */
    static void readRequest(String messageClass, PropertyBag p, Map<String, String> f) {
        if (messageClass == null || !messageClass.regionMatches(true, 0, REQUEST_CLASS, 0, REQUEST_CLASS.length())) {
            return;
        }
        readUid(p, f);
        putTime(f, PimFields.MEETING_START, p.time(PidLid.APPOINTMENT_START_WHOLE));
        putTime(f, PimFields.MEETING_END, p.time(PidLid.APPOINTMENT_END_WHOLE));
        if (p.has(PidLid.APPOINTMENT_SEQUENCE)) {
            f.put(PimFields.MEETING_SEQUENCE, Long.toString(p.number(PidLid.APPOINTMENT_SEQUENCE, 0)));
        }
    }

    private static void putTime(Map<String, String> f, String name, Instant t) {
        if (t != null) {
            f.put(name, t.toString());
        }
    }
}
