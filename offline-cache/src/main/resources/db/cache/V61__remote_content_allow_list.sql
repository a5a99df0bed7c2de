-- The remote-content allow list of org.interchange.cache.api.RemoteContentAllowList: messages and
-- sender addresses (lower case) the user allowed to load remote content.

CREATE TABLE remote_content_items (
    item_id    BIGINT                   NOT NULL PRIMARY KEY REFERENCES items (id) ON DELETE CASCADE,
    allowed_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE remote_content_senders (
    address    VARCHAR(1000)            NOT NULL PRIMARY KEY,
    allowed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
