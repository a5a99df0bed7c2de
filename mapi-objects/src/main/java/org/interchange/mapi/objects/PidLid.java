package org.interchange.mapi.objects;

import java.util.UUID;
import org.interchange.mapi.codec.property.PropertyType;

/**
 * Named properties with their property set and long id, [MS-OXPROPS] 2 (canonical PidLid names).
 * Their property ids are per mailbox and are resolved with RopGetPropertyIdsFromNames.
 */
public record PidLid(UUID propertySet, int lid, PropertyType type) {
    /** [MS-OXPROPS] 1.3.2 property sets. */
    public static final UUID PSETID_APPOINTMENT = UUID.fromString("00062002-0000-0000-c000-000000000046");
    public static final UUID PSETID_TASK = UUID.fromString("00062003-0000-0000-c000-000000000046");
    public static final UUID PSETID_ADDRESS = UUID.fromString("00062004-0000-0000-c000-000000000046");
    public static final UUID PSETID_COMMON = UUID.fromString("00062008-0000-0000-c000-000000000046");
    public static final UUID PSETID_NOTE = UUID.fromString("0006200e-0000-0000-c000-000000000046");
    public static final UUID PSETID_MEETING = UUID.fromString("6ed8da90-450b-101b-98da-00aa003f1305");

    public static final PidLid APPOINTMENT_START_WHOLE = new PidLid(PSETID_APPOINTMENT, 0x820D, PropertyType.TIME);
    public static final PidLid APPOINTMENT_END_WHOLE = new PidLid(PSETID_APPOINTMENT, 0x820E, PropertyType.TIME);
    public static final PidLid LOCATION = new PidLid(PSETID_APPOINTMENT, 0x8208, PropertyType.STRING);
    public static final PidLid APPOINTMENT_SUB_TYPE = new PidLid(PSETID_APPOINTMENT, 0x8215, PropertyType.BOOLEAN);
    public static final PidLid RECURRING = new PidLid(PSETID_APPOINTMENT, 0x8223, PropertyType.BOOLEAN);
    public static final PidLid APPOINTMENT_RECUR = new PidLid(PSETID_APPOINTMENT, 0x8216, PropertyType.BINARY);
    public static final PidLid RECURRENCE_PATTERN = new PidLid(PSETID_APPOINTMENT, 0x8232, PropertyType.STRING);

    public static final PidLid TASK_STATUS = new PidLid(PSETID_TASK, 0x8101, PropertyType.INTEGER32);
    public static final PidLid PERCENT_COMPLETE = new PidLid(PSETID_TASK, 0x8102, PropertyType.FLOATING64);
    public static final PidLid TASK_START_DATE = new PidLid(PSETID_TASK, 0x8104, PropertyType.TIME);
    public static final PidLid TASK_DUE_DATE = new PidLid(PSETID_TASK, 0x8105, PropertyType.TIME);
    public static final PidLid TASK_COMPLETE = new PidLid(PSETID_TASK, 0x811C, PropertyType.BOOLEAN);

    public static final PidLid FILE_UNDER = new PidLid(PSETID_ADDRESS, 0x8005, PropertyType.STRING);
    public static final PidLid EMAIL1_DISPLAY_NAME = new PidLid(PSETID_ADDRESS, 0x8080, PropertyType.STRING);
    public static final PidLid EMAIL1_EMAIL_ADDRESS = new PidLid(PSETID_ADDRESS, 0x8083, PropertyType.STRING);

    public static final PidLid NOTE_COLOR = new PidLid(PSETID_NOTE, 0x8B00, PropertyType.INTEGER32);

    // Added for the server's demo data, [MS-OXPROPS] 2
    public static final PidLid BUSY_STATUS = new PidLid(PSETID_APPOINTMENT, 0x8205, PropertyType.INTEGER32);
    public static final PidLid EMAIL1_ADDRESS_TYPE = new PidLid(PSETID_ADDRESS, 0x8082, PropertyType.STRING);
    public static final PidLid COMMON_START = new PidLid(PSETID_COMMON, 0x8516, PropertyType.TIME);
    public static final PidLid COMMON_END = new PidLid(PSETID_COMMON, 0x8517, PropertyType.TIME);

    // Added for iCalendar and vCard conversion, [MS-OXPROPS] 2 and [MS-OXOCAL] 2.2.1
    public static final PidLid APPOINTMENT_SEQUENCE = new PidLid(PSETID_APPOINTMENT, 0x8201, PropertyType.INTEGER32);
    public static final PidLid APPOINTMENT_DURATION = new PidLid(PSETID_APPOINTMENT, 0x8213, PropertyType.INTEGER32);
    public static final PidLid APPOINTMENT_COLOR = new PidLid(PSETID_APPOINTMENT, 0x8214, PropertyType.INTEGER32);
    public static final PidLid APPOINTMENT_STATE_FLAGS = new PidLid(PSETID_APPOINTMENT, 0x8217, PropertyType.INTEGER32);
    public static final PidLid RESPONSE_STATUS = new PidLid(PSETID_APPOINTMENT, 0x8218, PropertyType.INTEGER32);
    public static final PidLid INTENDED_BUSY_STATUS = new PidLid(PSETID_APPOINTMENT, 0x8224, PropertyType.INTEGER32);
    public static final PidLid RECURRENCE_TYPE = new PidLid(PSETID_APPOINTMENT, 0x8231, PropertyType.INTEGER32);
    public static final PidLid TIME_ZONE_STRUCT = new PidLid(PSETID_APPOINTMENT, 0x8233, PropertyType.BINARY);
    public static final PidLid TIME_ZONE_DESCRIPTION = new PidLid(PSETID_APPOINTMENT, 0x8234, PropertyType.STRING);
    public static final PidLid CLIP_START = new PidLid(PSETID_APPOINTMENT, 0x8235, PropertyType.TIME);
    public static final PidLid CLIP_END = new PidLid(PSETID_APPOINTMENT, 0x8236, PropertyType.TIME);
    public static final PidLid APPOINTMENT_TIME_ZONE_DEFINITION_START_DISPLAY =
            new PidLid(PSETID_APPOINTMENT, 0x825E, PropertyType.BINARY);
    public static final PidLid APPOINTMENT_TIME_ZONE_DEFINITION_END_DISPLAY =
            new PidLid(PSETID_APPOINTMENT, 0x825F, PropertyType.BINARY);
    public static final PidLid APPOINTMENT_TIME_ZONE_DEFINITION_RECUR =
            new PidLid(PSETID_APPOINTMENT, 0x8260, PropertyType.BINARY);

    public static final PidLid GLOBAL_OBJECT_ID = new PidLid(PSETID_MEETING, 0x0003, PropertyType.BINARY);
    public static final PidLid CLEAN_GLOBAL_OBJECT_ID = new PidLid(PSETID_MEETING, 0x0023, PropertyType.BINARY);
    public static final PidLid MEETING_TYPE = new PidLid(PSETID_MEETING, 0x0026, PropertyType.INTEGER32);

    public static final PidLid REMINDER_DELTA = new PidLid(PSETID_COMMON, 0x8501, PropertyType.INTEGER32);
    public static final PidLid REMINDER_TIME = new PidLid(PSETID_COMMON, 0x8502, PropertyType.TIME);
    public static final PidLid REMINDER_SET = new PidLid(PSETID_COMMON, 0x8503, PropertyType.BOOLEAN);
    public static final PidLid REMINDER_SIGNAL_TIME = new PidLid(PSETID_COMMON, 0x8560, PropertyType.TIME);

    public static final PidLid TASK_DATE_COMPLETED = new PidLid(PSETID_TASK, 0x810F, PropertyType.TIME);
    public static final PidLid TASK_RECURRENCE = new PidLid(PSETID_TASK, 0x8116, PropertyType.BINARY);
    public static final PidLid TASK_F_RECURRING = new PidLid(PSETID_TASK, 0x8126, PropertyType.BOOLEAN);

    public static final PidLid EMAIL1_ORIGINAL_DISPLAY_NAME = new PidLid(PSETID_ADDRESS, 0x8084, PropertyType.STRING);
    public static final PidLid EMAIL2_DISPLAY_NAME = new PidLid(PSETID_ADDRESS, 0x8090, PropertyType.STRING);
    public static final PidLid EMAIL2_ADDRESS_TYPE = new PidLid(PSETID_ADDRESS, 0x8092, PropertyType.STRING);
    public static final PidLid EMAIL2_EMAIL_ADDRESS = new PidLid(PSETID_ADDRESS, 0x8093, PropertyType.STRING);
    public static final PidLid EMAIL3_DISPLAY_NAME = new PidLid(PSETID_ADDRESS, 0x80A0, PropertyType.STRING);
    public static final PidLid EMAIL3_ADDRESS_TYPE = new PidLid(PSETID_ADDRESS, 0x80A2, PropertyType.STRING);
    public static final PidLid EMAIL3_EMAIL_ADDRESS = new PidLid(PSETID_ADDRESS, 0x80A3, PropertyType.STRING);
    public static final PidLid HAS_PICTURE = new PidLid(PSETID_ADDRESS, 0x8015, PropertyType.BOOLEAN);
    public static final PidLid WORK_ADDRESS_STREET = new PidLid(PSETID_ADDRESS, 0x8045, PropertyType.STRING);
    public static final PidLid WORK_ADDRESS_CITY = new PidLid(PSETID_ADDRESS, 0x8046, PropertyType.STRING);
    public static final PidLid WORK_ADDRESS_STATE = new PidLid(PSETID_ADDRESS, 0x8047, PropertyType.STRING);
    public static final PidLid WORK_ADDRESS_POSTAL_CODE = new PidLid(PSETID_ADDRESS, 0x8048, PropertyType.STRING);
    public static final PidLid WORK_ADDRESS_COUNTRY = new PidLid(PSETID_ADDRESS, 0x8049, PropertyType.STRING);
    public static final PidLid WORK_ADDRESS_POST_OFFICE_BOX = new PidLid(PSETID_ADDRESS, 0x804A, PropertyType.STRING);
    public static final PidLid INSTANT_MESSAGING_ADDRESS = new PidLid(PSETID_ADDRESS, 0x8062, PropertyType.STRING);
    public static final PidLid DISTRIBUTION_LIST_NAME = new PidLid(PSETID_ADDRESS, 0x8053, PropertyType.STRING);
    public static final PidLid DISTRIBUTION_LIST_ONE_OFF_MEMBERS =
            new PidLid(PSETID_ADDRESS, 0x8054, PropertyType.MULTIPLE_BINARY);
    public static final PidLid DISTRIBUTION_LIST_MEMBERS = new PidLid(PSETID_ADDRESS, 0x8055, PropertyType.MULTIPLE_BINARY);

    public static final PidLid NOTE_WIDTH = new PidLid(PSETID_NOTE, 0x8B02, PropertyType.INTEGER32);
    public static final PidLid NOTE_HEIGHT = new PidLid(PSETID_NOTE, 0x8B03, PropertyType.INTEGER32);
}
