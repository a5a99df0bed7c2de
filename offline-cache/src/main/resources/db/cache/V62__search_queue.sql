-- Search moves from the word table of V50/V60 to a Lucene index beside the H2 file
-- (org.interchange.cache.search.ItemSearch). Writers of items no longer index: a light trigger queues
-- the item's id in search_pending in the writing transaction, and a background indexer drains the queue.

DROP TRIGGER tr_search_items;
DROP TRIGGER tr_search_fields;
DROP TABLE search_tokens;
-- only the word table's newest-first walk read items across folders by date
DROP INDEX ix_items_recent;

CREATE TABLE search_pending (
    seq     BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    item_id BIGINT NOT NULL
);

-- names this cache in the index's commit, so an index left from another cache file is rebuilt
CREATE TABLE search_index_owner (
    id UUID NOT NULL PRIMARY KEY
);
INSERT INTO search_index_owner (id) VALUES (RANDOM_UUID());

CREATE TRIGGER tr_search_queue_items AFTER INSERT, UPDATE, DELETE ON items FOR EACH ROW
    CALL 'org.interchange.cache.search.SearchQueueTrigger';

CREATE TRIGGER tr_search_queue_fields AFTER INSERT, UPDATE, DELETE ON item_fields FOR EACH ROW
    CALL 'org.interchange.cache.search.SearchQueueTrigger';
