-- Faster search (org.interchange.cache.search.ItemSearch): "does this item have a word starting with
-- P" becomes one seek on (item_id, token) instead of reading every row of the item; this index also
-- serves the cascade from items, so the single-column one of V50 goes. Items newest first across all
-- folders, for queries whose every word is common.

CREATE INDEX ix_search_tokens_item_token ON search_tokens (item_id, token);
DROP INDEX ix_search_tokens_item;

CREATE INDEX ix_items_recent ON items (sort_date DESC, id DESC);
