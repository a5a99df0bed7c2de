-- Change tracking for ICS ([MS-OXCFXICS] 2.2.1.2): every folder and message carries its change
-- key (an XID, 2.2.2.2) and predecessor change list (2.2.2.3); NULL in rows written before this
-- migration means "derived from the change number with the mailbox's replica GUID".
-- Messages get a separate change number for read-state changes (CnsetRead, 2.2.1.1.4), a
-- PidTagMessageStatus column and the FAI flag; deleted folders and messages leave a tombstone
-- with the change number of their deletion (MetaTagIdsetDeleted, 2.2.1.3.1).

ALTER TABLE folder ADD COLUMN change_key BYTEA;
ALTER TABLE folder ADD COLUMN pcl BYTEA;

ALTER TABLE message ADD COLUMN change_key BYTEA;
ALTER TABLE message ADD COLUMN pcl BYTEA;
ALTER TABLE message ADD COLUMN read_cn BIGINT;
ALTER TABLE message ADD COLUMN message_status INT DEFAULT 0 NOT NULL;
ALTER TABLE message ADD COLUMN associated BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE message ADD COLUMN modified TIMESTAMP WITH TIME ZONE;

CREATE TABLE tombstone (
    mailbox_id      BIGINT NOT NULL REFERENCES mailbox(id) ON DELETE CASCADE,
    object_id       BIGINT NOT NULL,
    parent_fid      BIGINT NOT NULL,
    is_folder       BOOLEAN NOT NULL,
    associated      BOOLEAN NOT NULL,
    change_number   BIGINT NOT NULL,
    deleted         TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (mailbox_id, object_id)
);
CREATE INDEX tombstone_parent ON tombstone(mailbox_id, parent_fid);
