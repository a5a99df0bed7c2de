-- A message's whole property bag ([MS-OXCMSG] 2.2.1, with its bodies) moves to table message_content, as in the H2
-- store (where it leaves H2's LOB store): the statements stay the same for both databases, and the message rows a
-- contents table or an incremental download scans stay narrow.

CREATE TABLE message_content (
    mailbox_id      BIGINT NOT NULL,
    mid             BIGINT NOT NULL,
    properties      BYTEA NOT NULL,
    PRIMARY KEY (mailbox_id, mid),
    FOREIGN KEY (mailbox_id, mid) REFERENCES message(mailbox_id, mid) ON DELETE CASCADE
);
INSERT INTO message_content(mailbox_id, mid, properties) SELECT mailbox_id, mid, properties FROM message;
ALTER TABLE message DROP COLUMN properties;
