-- The global address list of each account as its backend last read it (org.interchange.cache.api.AddressList),
-- replaced wholesale per account, for recipient completion offline.

CREATE TABLE address_list (
    account_id   VARCHAR(200)  NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    position     INT           NOT NULL,
    display_name VARCHAR(1000) NOT NULL,
    email        VARCHAR(1000) NOT NULL,
    PRIMARY KEY (account_id, position)
);

-- The list indexes of V1 end with offline_state, so a page that skips rows (OFFSET) walks the index alone
-- instead of reading every skipped row to see whether it is locally deleted (org.interchange.cache.h2.ListPositions).

DROP INDEX ix_items_date_desc;
DROP INDEX ix_items_date_asc;
DROP INDEX ix_items_sender;
DROP INDEX ix_items_subject;
DROP INDEX ix_items_size;
CREATE INDEX ix_items_date_desc ON items (folder_id, sort_date DESC, id DESC, offline_state);
CREATE INDEX ix_items_date_asc ON items (folder_id, sort_date, id, offline_state);
CREATE INDEX ix_items_sender ON items (folder_id, sender_key, sort_date DESC, id DESC, offline_state);
CREATE INDEX ix_items_subject ON items (folder_id, subject_key, sort_date DESC, id DESC, offline_state);
CREATE INDEX ix_items_size ON items (folder_id, item_size DESC, id DESC, offline_state);
