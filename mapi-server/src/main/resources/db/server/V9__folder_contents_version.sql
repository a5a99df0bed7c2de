-- A folder's hierarchy-table row carries its message counts ([MS-OXCFOLD] 2.2.2.2.1, PidTagContentCount and
-- PidTagContentUnreadCount). Counting a large folder's messages for every hierarchy read grows with the folder, so
-- the server keeps the counts it computed with the folder's contents version: every transaction that adds, changes,
-- removes, reads or unreads a message of the folder raises the version on the folder's row, and counts computed at
-- an unchanged version are still right.

ALTER TABLE folder ADD COLUMN contents_version BIGINT DEFAULT 0 NOT NULL;
