-- The search index of org.interchange.cache.search: the words of each item's subject, people, body
-- and text fields, kept current by triggers on items and item_fields, so every writer of items
-- (sync batches, local edits) keeps it current in its own transaction.

CREATE TABLE search_tokens (
    token   VARCHAR(32) NOT NULL,
    item_id BIGINT      NOT NULL REFERENCES items (id) ON DELETE CASCADE,
    PRIMARY KEY (token, item_id)
);

CREATE INDEX ix_search_tokens_item ON search_tokens (item_id);

CREATE TRIGGER tr_search_items AFTER INSERT, UPDATE ON items FOR EACH ROW
    CALL 'org.interchange.cache.search.SearchIndexTrigger';

CREATE TRIGGER tr_search_fields AFTER INSERT, UPDATE ON item_fields FOR EACH ROW
    CALL 'org.interchange.cache.search.SearchIndexTrigger';

-- index what is already cached: an update that changes nothing still fires the trigger
UPDATE items SET subject = subject;
