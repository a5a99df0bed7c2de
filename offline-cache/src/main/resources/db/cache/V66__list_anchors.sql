-- Positions of folder lists kept between runs (org.interchange.cache.h2.ListPositions): for each folder and list
-- order, anchors that say how many visible rows sort before a value of the order's first column, so a page deep
-- in a list of a million rows is an index range and a short skip, right after the cache is opened.

CREATE TABLE list_anchor_sets (
    folder_id  BIGINT      NOT NULL REFERENCES folders (id) ON DELETE CASCADE,
    sort_order VARCHAR(16) NOT NULL,
    complete   BOOLEAN     NOT NULL,
    -- rows that joined after the last anchor since the set was learnt to its end
    tail_growth INT        NOT NULL,
    changes    INT         NOT NULL,
    PRIMARY KEY (folder_id, sort_order)
);

-- value_date, value_text or value_size holds the value, by the order; all three NULL for the rows without one
CREATE TABLE list_anchors (
    folder_id  BIGINT      NOT NULL,
    sort_order VARCHAR(16) NOT NULL,
    seq        INT         NOT NULL,
    run_start  INT         NOT NULL,
    value_date TIMESTAMP(9) WITH TIME ZONE,
    value_text VARCHAR(200),
    value_size BIGINT,
    PRIMARY KEY (folder_id, sort_order, seq),
    FOREIGN KEY (folder_id, sort_order) REFERENCES list_anchor_sets (folder_id, sort_order) ON DELETE CASCADE
);

-- What each transaction did to the lists of a folder, written by a trigger in that transaction: a row leaving
-- (delta -1) or joining (delta +1) the visible rows with its sort values, or changing in place (delta 0). Counted
-- into the anchors and told to the folder's cached conversations (org.interchange.cache.h2.FolderThreads), then deleted.
CREATE TABLE list_changes (
    seq         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    folder_id   BIGINT NOT NULL,
    item_id     BIGINT NOT NULL,
    delta       INT    NOT NULL,
    sort_date   TIMESTAMP(9) WITH TIME ZONE,
    sender_key  VARCHAR(200),
    subject_key VARCHAR(200),
    item_size   BIGINT NOT NULL
);
CREATE INDEX ix_list_changes_folder ON list_changes (folder_id, seq);

CREATE TRIGGER tr_list_changes AFTER INSERT, UPDATE, DELETE ON items FOR EACH ROW
    CALL 'org.interchange.cache.h2.ListChangeTrigger';

-- one commit of H2's own per 1,000 logged changes instead of per 32 (see V65)
ALTER TABLE list_changes ALTER COLUMN seq SET CACHE 1000;
