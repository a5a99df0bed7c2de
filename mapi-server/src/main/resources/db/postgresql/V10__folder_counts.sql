-- A folder's hierarchy-table row carries its message counts ([MS-OXCFOLD] 2.2.2.2.1, PidTagContentCount and
-- PidTagContentUnreadCount). Counting them for every hierarchy read costs as much as the folder is large, and V9's
-- counts kept by contents version were counted again after every change. The folder's row now keeps both counts,
-- changed in the transaction that adds, removes, reads or unreads a normal (not associated) message of the folder.

ALTER TABLE folder ADD COLUMN content_count INT DEFAULT 0 NOT NULL;
ALTER TABLE folder ADD COLUMN unread_count INT DEFAULT 0 NOT NULL;
UPDATE folder SET
    content_count = (SELECT COUNT(*) FROM message m
        WHERE m.mailbox_id = folder.mailbox_id AND m.fid = folder.fid AND m.associated = FALSE),
    unread_count = (SELECT COUNT(*) FROM message m
        WHERE m.mailbox_id = folder.mailbox_id AND m.fid = folder.fid AND m.associated = FALSE
        AND MOD(m.message_flags, 2) = 0);
ALTER TABLE folder DROP COLUMN contents_version;
