-- Messages a client created with a PidTagSourceKey of its own ([MS-OXCFXICS] 2.2.1.2.5, an XID in the
-- client's namespace) through RopSynchronizationImportMessageChange: the key maps to the MID the server
-- allocated, so a replayed upload of the same creation finds the message instead of making a second one.

CREATE TABLE client_source_key (
    mailbox_id      BIGINT NOT NULL,
    source_key      VARBINARY(255) NOT NULL,
    mid             BIGINT NOT NULL,
    PRIMARY KEY (mailbox_id, source_key)
);
