-- Identity values of the tables a sync writes per item come from a cache of 1,000 instead of H2's 32. Each time
-- the cache runs out H2 records the sequence in a commit of its own, and with WRITE_DELAY=0 every commit writes
-- the store to the file, including the uncommitted rows of the sync batch in progress: with 32 that was one store
-- write every 32 items, queue rows and attachments, several per batch of 50 items (issue 4). A crash skips at most
-- the unused rest of a cache; nothing reads meaning into gaps between ids.

ALTER TABLE items ALTER COLUMN id SET CACHE 1000;
ALTER TABLE attachments ALTER COLUMN id SET CACHE 1000;
ALTER TABLE search_pending ALTER COLUMN seq SET CACHE 1000;
