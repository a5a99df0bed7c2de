-- Conversations kept in the cache (org.interchange.cache.h2.ConversationUpkeep): each listed mail item's
-- conversation as org.interchange.cache.h2.ThreadLinker threads it, and per folder the conversations with what the
-- threaded list sorts and shows, written in the same transaction as the items, so a threaded list reads one page.

-- Item writes name the mail items they touched here; the writing transaction threads them before it commits.
CREATE TABLE conversation_changes (
    item_id BIGINT NOT NULL
);

CREATE TRIGGER tr_conversation_changes AFTER INSERT, UPDATE, DELETE ON items FOR EACH ROW
    CALL 'org.interchange.cache.h2.ConversationTrigger';

-- One row per listed (not locally deleted) mail item: its conversation, its cluster (the items that name a common
-- Message-ID, directly or through others: threading one needs only its cluster; the lowest item id names it) and
-- the values its conversation is counted from. No foreign keys here (each would cost H2 an index of its own): the
-- items of a deleted folder are deleted, and threading them removes their rows and conversations.
CREATE TABLE conversation_members (
    item_id          BIGINT            NOT NULL PRIMARY KEY,
    folder_id        BIGINT            NOT NULL,
    conversation_key CHARACTER VARYING NOT NULL,
    cluster_id       BIGINT            NOT NULL,
    sort_date        TIMESTAMP(9) WITH TIME ZONE,
    is_read          BOOLEAN           NOT NULL,
    item_size        BIGINT            NOT NULL,
    sender_key       VARCHAR(200),
    subject_key      VARCHAR(200),
    -- a hash of the Message-ID, In-Reply-To and References fields, to notice a change of them
    headers_hash     BIGINT            NOT NULL
);

-- The Message-IDs each member names (its own and those it replies to), as 64-bit hashes: who else is in its cluster.
CREATE TABLE conversation_refs (
    folder_id BIGINT NOT NULL,
    ref       BIGINT NOT NULL,
    item_id   BIGINT NOT NULL,
    PRIMARY KEY (folder_id, ref, item_id)
);

-- One row per conversation of a folder; latest_* name its newest member (by date, then id).
CREATE TABLE conversations (
    folder_id        BIGINT            NOT NULL,
    conversation_key CHARACTER VARYING NOT NULL,
    item_count       INT               NOT NULL,
    unread_count     INT               NOT NULL,
    latest_date      TIMESTAMP(9) WITH TIME ZONE,
    latest_id        BIGINT            NOT NULL,
    total_size       BIGINT            NOT NULL,
    first_sender     VARCHAR(200)      NOT NULL,
    subject_key      VARCHAR(200)      NOT NULL,
    PRIMARY KEY (folder_id, conversation_key)
);

CREATE TABLE conversation_counts (
    folder_id     BIGINT NOT NULL PRIMARY KEY REFERENCES folders (id) ON DELETE CASCADE,
    conversations INT    NOT NULL
);

-- serializes the writers that thread items, from threading to commit (see ConversationUpkeep)
CREATE TABLE conversation_lock (
    id INT NOT NULL PRIMARY KEY
);
INSERT INTO conversation_lock (id) VALUES (1);

-- the caches that already hold mail: their conversations threaded once, here
CREATE ALIAS fill_conversations FOR 'org.interchange.cache.h2.ConversationFill.fill';
CALL fill_conversations();
DROP ALIAS fill_conversations;

-- the indexes last: H2 builds a whole index faster than it grows one row by row
-- a conversation's members oldest first
CREATE INDEX ix_conversation_members_key ON conversation_members (folder_id, conversation_key, sort_date, item_id);
CREATE INDEX ix_conversation_members_cluster ON conversation_members (folder_id, cluster_id);
CREATE INDEX ix_conversation_refs_item ON conversation_refs (item_id);
-- one index per list order, each led by the folder, ties broken by the key
CREATE INDEX ix_conversations_date_desc ON conversations (folder_id, latest_date DESC, conversation_key);
CREATE INDEX ix_conversations_date_asc ON conversations (folder_id, latest_date, conversation_key);
CREATE INDEX ix_conversations_sender ON conversations (folder_id, first_sender, latest_date DESC, conversation_key);
CREATE INDEX ix_conversations_subject ON conversations (folder_id, subject_key, latest_date DESC, conversation_key);
CREATE INDEX ix_conversations_size ON conversations (folder_id, total_size DESC, conversation_key);
