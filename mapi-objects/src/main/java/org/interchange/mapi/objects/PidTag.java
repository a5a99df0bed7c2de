package org.interchange.mapi.objects;

import static org.interchange.mapi.codec.property.PropertyType.BINARY;
import static org.interchange.mapi.codec.property.PropertyType.BOOLEAN;
import static org.interchange.mapi.codec.property.PropertyType.INTEGER32;
import static org.interchange.mapi.codec.property.PropertyType.INTEGER64;
import static org.interchange.mapi.codec.property.PropertyType.STRING;
import static org.interchange.mapi.codec.property.PropertyType.TIME;

import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyType;

/** Tagged properties with fixed ids, [MS-OXPROPS] 2 (canonical PidTag names). */
public final class PidTag {
    // Common
    public static final PropertyTag MESSAGE_CLASS = tag(0x001A, STRING);
    public static final PropertyTag SUBJECT = tag(0x0037, STRING);
    public static final PropertyTag SUBJECT_PREFIX = tag(0x003D, STRING);
    public static final PropertyTag NORMALIZED_SUBJECT = tag(0x0E1D, STRING);
    public static final PropertyTag IMPORTANCE = tag(0x0017, INTEGER32);
    public static final PropertyTag SENSITIVITY = tag(0x0036, INTEGER32);
    public static final PropertyTag CLIENT_SUBMIT_TIME = tag(0x0039, TIME);
    public static final PropertyTag MESSAGE_DELIVERY_TIME = tag(0x0E06, TIME);
    public static final PropertyTag CREATION_TIME = tag(0x3007, TIME);
    public static final PropertyTag LAST_MODIFICATION_TIME = tag(0x3008, TIME);
    public static final PropertyTag START_DATE = tag(0x0060, TIME);
    public static final PropertyTag END_DATE = tag(0x0061, TIME);
    public static final PropertyTag DISPLAY_NAME = tag(0x3001, STRING);
    public static final PropertyTag EMAIL_ADDRESS = tag(0x3003, STRING);
    public static final PropertyTag ADDRESS_TYPE = tag(0x3002, STRING);
    public static final PropertyTag ENTRY_ID = tag(0x0FFF, BINARY);
    public static final PropertyTag INSTANCE_KEY = tag(0x0FF6, BINARY);
    public static final PropertyTag SOURCE_KEY = tag(0x65E0, BINARY);
    public static final PropertyTag CHANGE_KEY = tag(0x65E2, BINARY);
    public static final PropertyTag CHANGE_NUMBER = tag(0x67A4, INTEGER64);

    // Messages, [MS-OXOMSG] and [MS-OXCMSG]
    public static final PropertyTag SENDER_NAME = tag(0x0C1A, STRING);
    public static final PropertyTag SENDER_EMAIL_ADDRESS = tag(0x0C1F, STRING);
    public static final PropertyTag SENT_REPRESENTING_NAME = tag(0x0042, STRING);
    public static final PropertyTag SENT_REPRESENTING_EMAIL_ADDRESS = tag(0x0065, STRING);
    public static final PropertyTag DISPLAY_TO = tag(0x0E04, STRING);
    public static final PropertyTag DISPLAY_CC = tag(0x0E03, STRING);
    public static final PropertyTag DISPLAY_BCC = tag(0x0E02, STRING);
    public static final PropertyTag MESSAGE_FLAGS = tag(0x0E07, INTEGER32);
    public static final PropertyTag MESSAGE_SIZE = tag(0x0E08, INTEGER32);
    public static final PropertyTag MESSAGE_STATUS = tag(0x0E17, INTEGER32);
    public static final PropertyTag HAS_ATTACHMENTS = tag(0x0E1B, BOOLEAN);
    public static final PropertyTag INTERNET_MESSAGE_ID = tag(0x1035, STRING);
    public static final PropertyTag FLAG_STATUS = tag(0x1090, INTEGER32);
    public static final PropertyTag BODY = tag(0x1000, STRING);
    public static final PropertyTag HTML = tag(0x1013, BINARY);
    public static final PropertyTag RTF_COMPRESSED = tag(0x1009, BINARY);
    public static final PropertyTag ICON_INDEX = tag(0x1080, INTEGER32);
    public static final PropertyTag MID = tag(0x674A, INTEGER64);

    // Attachments, [MS-OXCMSG] 2.2.2
    public static final PropertyTag ATTACH_NUMBER = tag(0x0E21, INTEGER32);
    public static final PropertyTag ATTACH_SIZE = tag(0x0E20, INTEGER32);
    public static final PropertyTag ATTACH_METHOD = tag(0x3705, INTEGER32);
    public static final PropertyTag ATTACH_FILENAME = tag(0x3704, STRING);
    public static final PropertyTag ATTACH_LONG_FILENAME = tag(0x3707, STRING);
    public static final PropertyTag ATTACH_MIME_TAG = tag(0x370E, STRING);
    public static final PropertyTag ATTACH_CONTENT_ID = tag(0x3712, STRING);
    public static final PropertyTag ATTACH_DATA_BINARY = tag(0x3701, BINARY);
    public static final PropertyTag RENDERING_POSITION = tag(0x370B, INTEGER32);

    // Folders, [MS-OXCFOLD] 2.2.2
    public static final PropertyTag FOLDER_ID = tag(0x6748, INTEGER64);
    public static final PropertyTag PARENT_FOLDER_ID = tag(0x6749, INTEGER64);
    public static final PropertyTag FOLDER_TYPE = tag(0x3601, INTEGER32);
    public static final PropertyTag CONTENT_COUNT = tag(0x3602, INTEGER32);
    public static final PropertyTag CONTENT_UNREAD_COUNT = tag(0x3603, INTEGER32);
    public static final PropertyTag SUBFOLDERS = tag(0x360A, BOOLEAN);
    public static final PropertyTag CONTAINER_CLASS = tag(0x3613, STRING);
    public static final PropertyTag DEPTH = tag(0x3005, INTEGER32);

    // Contacts, [MS-OXOCNTC] 2.2
    public static final PropertyTag GIVEN_NAME = tag(0x3A06, STRING);
    public static final PropertyTag SURNAME = tag(0x3A11, STRING);
    public static final PropertyTag COMPANY_NAME = tag(0x3A16, STRING);
    public static final PropertyTag TITLE = tag(0x3A17, STRING);
    public static final PropertyTag BUSINESS_TELEPHONE_NUMBER = tag(0x3A08, STRING);
    public static final PropertyTag HOME_TELEPHONE_NUMBER = tag(0x3A09, STRING);
    public static final PropertyTag MOBILE_TELEPHONE_NUMBER = tag(0x3A1C, STRING);
    public static final PropertyTag BIRTHDAY = tag(0x3A42, TIME);

    // Recipients, attachments and object identity, [MS-OXPROPS] 2 (added for the server)
    public static final PropertyTag RECIPIENT_TYPE = tag(0x0C15, INTEGER32);
    public static final PropertyTag ROW_ID = tag(0x3000, INTEGER32);
    public static final PropertyTag OBJECT_TYPE = tag(0x0FFE, INTEGER32);
    public static final PropertyTag ATTACH_EXTENSION = tag(0x3703, STRING);
    public static final PropertyTag SENDER_ADDRESS_TYPE = tag(0x0C1E, STRING);
    public static final PropertyTag CONVERSATION_TOPIC = tag(0x0070, STRING);
    public static final PropertyTag MESSAGE_CODEPAGE = tag(0x3FFD, INTEGER32);
    public static final PropertyTag RECORD_KEY = tag(0x0FF9, BINARY);
    public static final PropertyTag STORE_SUPPORT_MASK = tag(0x340D, INTEGER32);
    public static final PropertyTag STORE_RECORD_KEY = tag(0x0FFA, BINARY);
    public static final PropertyTag MAILBOX_OWNER_NAME = tag(0x661C, STRING);
    /** Special folder entry ids on the root folder and the Inbox, [MS-OXOSFLD] 2.2.3. */
    public static final PropertyTag IPM_APPOINTMENT_ENTRY_ID = tag(0x36D0, BINARY);
    public static final PropertyTag IPM_CONTACT_ENTRY_ID = tag(0x36D1, BINARY);
    public static final PropertyTag IPM_JOURNAL_ENTRY_ID = tag(0x36D2, BINARY);
    public static final PropertyTag IPM_NOTE_ENTRY_ID = tag(0x36D3, BINARY);
    public static final PropertyTag IPM_TASK_ENTRY_ID = tag(0x36D4, BINARY);
    public static final PropertyTag IPM_DRAFTS_ENTRY_ID = tag(0x36D7, BINARY);

    // Internet mail mapping, [MS-OXCMAIL] 2.2 and [MS-OXPROPS] 2 (added for mapi-objects' MIME conversion)
    public static final PropertyTag SMTP_ADDRESS = tag(0x39FE, STRING);
    public static final PropertyTag SENDER_SMTP_ADDRESS = tag(0x5D01, STRING);
    public static final PropertyTag SENT_REPRESENTING_SMTP_ADDRESS = tag(0x5D02, STRING);
    public static final PropertyTag SENT_REPRESENTING_ADDRESS_TYPE = tag(0x0064, STRING);
    public static final PropertyTag IN_REPLY_TO_ID = tag(0x1042, STRING);
    public static final PropertyTag INTERNET_REFERENCES = tag(0x1039, STRING);
    public static final PropertyTag INTERNET_CODEPAGE = tag(0x3FDE, INTEGER32);
    public static final PropertyTag TRANSPORT_MESSAGE_HEADERS = tag(0x007D, STRING);
    public static final PropertyTag ATTACH_FLAGS = tag(0x3714, INTEGER32);
    public static final PropertyTag ATTACHMENT_HIDDEN = tag(0x7FFE, BOOLEAN);

    // iCalendar and vCard mapping, [MS-OXCICAL] 2.1.3, [MS-OXOCNTC] 2.2.1 and [MS-OXPROPS] 2
    public static final PropertyTag PRIORITY = tag(0x0026, INTEGER32);
    public static final PropertyTag RESPONSE_REQUESTED = tag(0x0063, BOOLEAN);
    public static final PropertyTag RECIPIENT_FLAGS = tag(0x5FFD, INTEGER32);
    public static final PropertyTag RECIPIENT_TRACK_STATUS = tag(0x5FFF, INTEGER32);
    public static final PropertyTag ATTACH_DATA_OBJECT = tag(0x3701, PropertyType.OBJECT);
    public static final PropertyTag ATTACHMENT_CONTACT_PHOTO = tag(0x7FFF, BOOLEAN);
    public static final PropertyTag EXCEPTION_REPLACE_TIME = tag(0x7FF9, TIME);
    public static final PropertyTag EXCEPTION_START_TIME = tag(0x7FFB, TIME);
    public static final PropertyTag EXCEPTION_END_TIME = tag(0x7FFC, TIME);
    public static final PropertyTag GENERATION = tag(0x3A05, STRING);
    public static final PropertyTag INITIALS = tag(0x3A0A, STRING);
    public static final PropertyTag DEPARTMENT_NAME = tag(0x3A18, STRING);
    public static final PropertyTag OFFICE_LOCATION = tag(0x3A19, STRING);
    public static final PropertyTag PRIMARY_TELEPHONE_NUMBER = tag(0x3A1A, STRING);
    public static final PropertyTag BUSINESS2_TELEPHONE_NUMBER = tag(0x3A1B, STRING);
    public static final PropertyTag CAR_TELEPHONE_NUMBER = tag(0x3A1E, STRING);
    public static final PropertyTag OTHER_TELEPHONE_NUMBER = tag(0x3A1F, STRING);
    public static final PropertyTag PAGER_TELEPHONE_NUMBER = tag(0x3A21, STRING);
    public static final PropertyTag BUSINESS_FAX_NUMBER = tag(0x3A24, STRING);
    public static final PropertyTag HOME_FAX_NUMBER = tag(0x3A25, STRING);
    public static final PropertyTag HOME2_TELEPHONE_NUMBER = tag(0x3A2F, STRING);
    public static final PropertyTag WEDDING_ANNIVERSARY = tag(0x3A41, TIME);
    public static final PropertyTag MIDDLE_NAME = tag(0x3A44, STRING);
    public static final PropertyTag DISPLAY_NAME_PREFIX = tag(0x3A45, STRING);
    public static final PropertyTag NICKNAME = tag(0x3A4F, STRING);
    public static final PropertyTag PERSONAL_HOME_PAGE = tag(0x3A50, STRING);
    public static final PropertyTag BUSINESS_HOME_PAGE = tag(0x3A51, STRING);
    public static final PropertyTag HOME_ADDRESS_CITY = tag(0x3A59, STRING);
    public static final PropertyTag HOME_ADDRESS_COUNTRY = tag(0x3A5A, STRING);
    public static final PropertyTag HOME_ADDRESS_POSTAL_CODE = tag(0x3A5B, STRING);
    public static final PropertyTag HOME_ADDRESS_STATE_OR_PROVINCE = tag(0x3A5C, STRING);
    public static final PropertyTag HOME_ADDRESS_STREET = tag(0x3A5D, STRING);
    public static final PropertyTag HOME_ADDRESS_POST_OFFICE_BOX = tag(0x3A5E, STRING);
    public static final PropertyTag OTHER_ADDRESS_CITY = tag(0x3A5F, STRING);
    public static final PropertyTag OTHER_ADDRESS_COUNTRY = tag(0x3A60, STRING);
    public static final PropertyTag OTHER_ADDRESS_POSTAL_CODE = tag(0x3A61, STRING);
    public static final PropertyTag OTHER_ADDRESS_STATE_OR_PROVINCE = tag(0x3A62, STRING);
    public static final PropertyTag OTHER_ADDRESS_STREET = tag(0x3A63, STRING);
    public static final PropertyTag OTHER_ADDRESS_POST_OFFICE_BOX = tag(0x3A64, STRING);

    /** PidTagMessageFlags bits, [MS-OXCMSG] 2.2.1.6. */
    public static final int MSGFLAG_READ = 0x0001;
    public static final int MSGFLAG_UNSENT = 0x0008;
    public static final int MSGFLAG_HASATTACH = 0x0010;

    private PidTag() {
    }

    private static PropertyTag tag(int id, PropertyType type) {
        return PropertyTag.of(id, type);
    }
}
