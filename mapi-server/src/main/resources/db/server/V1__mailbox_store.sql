-- Mailbox store of the Interchange MAPI server: one private mailbox per user.
-- Ids are [MS-OXCDATA] 2.2.1 FIDs and MIDs (ReplId + GlobCnt) stored as 64-bit integers.

CREATE TABLE mailbox (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    owner           VARCHAR(256) NOT NULL UNIQUE,
    display_name    VARCHAR(512) NOT NULL,
    email_address   VARCHAR(512) NOT NULL,
    mailbox_guid    UUID NOT NULL,
    replica_guid    UUID NOT NULL,
    next_counter    BIGINT NOT NULL,
    next_named_id   INT NOT NULL
);

CREATE TABLE folder (
    mailbox_id      BIGINT NOT NULL REFERENCES mailbox(id) ON DELETE CASCADE,
    fid             BIGINT NOT NULL,
    parent_fid      BIGINT,
    special         VARCHAR(32),
    display_name    VARCHAR(512) NOT NULL,
    container_class VARCHAR(256),
    change_number   BIGINT NOT NULL,
    created         TIMESTAMP WITH TIME ZONE NOT NULL,
    modified        TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (mailbox_id, fid)
);
CREATE INDEX folder_parent ON folder(mailbox_id, parent_fid);
CREATE UNIQUE INDEX folder_special ON folder(mailbox_id, special);

CREATE TABLE message (
    mailbox_id      BIGINT NOT NULL REFERENCES mailbox(id) ON DELETE CASCADE,
    mid             BIGINT NOT NULL,
    fid             BIGINT NOT NULL,
    change_number   BIGINT NOT NULL,
    message_flags   INT NOT NULL,
    message_size    INT NOT NULL,
    has_attachments BOOLEAN NOT NULL,
    received        TIMESTAMP WITH TIME ZONE NOT NULL,
    properties      BLOB NOT NULL,
    PRIMARY KEY (mailbox_id, mid),
    FOREIGN KEY (mailbox_id, fid) REFERENCES folder(mailbox_id, fid) ON DELETE CASCADE
);
CREATE INDEX message_folder ON message(mailbox_id, fid, received);

CREATE TABLE recipient (
    mailbox_id      BIGINT NOT NULL,
    mid             BIGINT NOT NULL,
    row_id          INT NOT NULL,
    properties      BLOB NOT NULL,
    PRIMARY KEY (mailbox_id, mid, row_id),
    FOREIGN KEY (mailbox_id, mid) REFERENCES message(mailbox_id, mid) ON DELETE CASCADE
);

CREATE TABLE attachment (
    mailbox_id      BIGINT NOT NULL,
    mid             BIGINT NOT NULL,
    attach_num      INT NOT NULL,
    properties      BLOB NOT NULL,
    PRIMARY KEY (mailbox_id, mid, attach_num),
    FOREIGN KEY (mailbox_id, mid) REFERENCES message(mailbox_id, mid) ON DELETE CASCADE
);

CREATE TABLE named_property (
    mailbox_id      BIGINT NOT NULL REFERENCES mailbox(id) ON DELETE CASCADE,
    prop_id         INT NOT NULL,
    property_set    UUID NOT NULL,
    lid             INT,
    name            VARCHAR(1024),
    PRIMARY KEY (mailbox_id, prop_id)
);
CREATE UNIQUE INDEX named_property_lid ON named_property(mailbox_id, property_set, lid);
CREATE UNIQUE INDEX named_property_name ON named_property(mailbox_id, property_set, name);
