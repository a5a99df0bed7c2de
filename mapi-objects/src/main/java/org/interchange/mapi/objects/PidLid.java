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
}
