-- The part of each message's property bag a table row can show ([MS-OXCTABL] 2.2.2.1.1): every property, with
-- strings cut after 256 characters and binary values after 512 bytes, serialized like the whole bag. A page of a
-- contents table reads it instead of the whole bag with its bodies. NULL in rows written before this migration:
-- the reader then cuts the whole bag itself.

ALTER TABLE message ADD COLUMN row_properties VARBINARY;
