-- A message's whole property bag ([MS-OXCMSG] 2.2.1, with its bodies) moves to table message_content, and the bags
-- of recipients and attachments become VARBINARY. As BLOBs larger than 256 bytes they were kept in H2's LOB store,
-- and every read went through it (and a sorted result copied each LOB into a temporary one), which cost an ICS
-- download more than the rest of reading a message. As VARBINARY they are read with the row; in their own table
-- they do not widen the message rows a contents table or an incremental download scans.

CREATE TABLE message_content (
    mailbox_id      BIGINT NOT NULL,
    mid             BIGINT NOT NULL,
    properties      VARBINARY NOT NULL,
    PRIMARY KEY (mailbox_id, mid),
    FOREIGN KEY (mailbox_id, mid) REFERENCES message(mailbox_id, mid) ON DELETE CASCADE
);
INSERT INTO message_content(mailbox_id, mid, properties) SELECT mailbox_id, mid, properties FROM message;
ALTER TABLE message DROP COLUMN properties;
ALTER TABLE recipient ALTER COLUMN properties SET DATA TYPE VARBINARY;
ALTER TABLE attachment ALTER COLUMN properties SET DATA TYPE VARBINARY;
