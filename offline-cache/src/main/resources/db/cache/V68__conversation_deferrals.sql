-- Folders whose first download is threaded once, when the sync run that downloads it ends
-- (org.interchange.cache.h2.ConversationUpkeep): a folder is named here, in the transaction that writes its first
-- mail items, only while it has no conversation rows at all; until it is threaded, its item changes are not
-- threaded one by one. Any write that is not part of a sync run, and any reader of conversations, threads it first,
-- so a deferral left by an interrupted sync is completed before stored conversations are read.
CREATE TABLE conversation_deferrals (
    folder_id BIGINT NOT NULL PRIMARY KEY
);
