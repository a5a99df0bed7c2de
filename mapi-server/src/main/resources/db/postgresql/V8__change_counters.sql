-- Incremental ICS downloads ([MS-OXCFXICS] 3.2.5.2.1): a download reads only what changed after the client's
-- CnsetSeen and CnsetRead, so each message keeps the GLOBCNT of its change number and of its read-state change
-- number, and each tombstone the GLOBCNT of its deletion, as plain numbers that order like the counter (the
-- change_number columns hold ids, whose byte order does not), indexed per folder. Rows written before this
-- migration get them computed from their ids ([MS-OXCDATA] 2.2.1.1: ReplId, then GlobCnt in big-endian order).

ALTER TABLE message ADD COLUMN change_counter BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE message ADD COLUMN read_counter BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE tombstone ADD COLUMN change_counter BIGINT DEFAULT 0 NOT NULL;

UPDATE message SET change_counter = ((change_number >> 16) & 255) * 1099511627776 + ((change_number >> 24) & 255) * 4294967296
        + ((change_number >> 32) & 255) * 16777216 + ((change_number >> 40) & 255) * 65536
        + ((change_number >> 48) & 255) * 256 + ((change_number >> 56) & 255),
    read_counter = ((COALESCE(read_cn, 0) >> 16) & 255) * 1099511627776 + ((COALESCE(read_cn, 0) >> 24) & 255) * 4294967296
        + ((COALESCE(read_cn, 0) >> 32) & 255) * 16777216 + ((COALESCE(read_cn, 0) >> 40) & 255) * 65536
        + ((COALESCE(read_cn, 0) >> 48) & 255) * 256 + ((COALESCE(read_cn, 0) >> 56) & 255);
UPDATE tombstone SET change_counter = ((change_number >> 16) & 255) * 1099511627776 + ((change_number >> 24) & 255) * 4294967296
        + ((change_number >> 32) & 255) * 16777216 + ((change_number >> 40) & 255) * 65536
        + ((change_number >> 48) & 255) * 256 + ((change_number >> 56) & 255);

CREATE INDEX message_change ON message(mailbox_id, fid, change_counter);
CREATE INDEX message_read ON message(mailbox_id, fid, read_counter);
DROP INDEX tombstone_parent;
CREATE INDEX tombstone_change ON tombstone(mailbox_id, parent_fid, change_counter);
