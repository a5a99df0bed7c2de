-- Local edits (moves, deletes, creations, drafts): the special role of a folder, and on the copy of a
-- locally moved item, the folder its hidden original (LOCALLY_DELETED) stays in until the move is uploaded.

ALTER TABLE folders ADD COLUMN folder_role VARCHAR(16) DEFAULT 'NONE' NOT NULL;

ALTER TABLE items ADD COLUMN origin_folder_id BIGINT REFERENCES folders (id) ON DELETE SET NULL;
