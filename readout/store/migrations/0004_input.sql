-- What the input said about a document before extraction (url, title, published, publisher,
-- metadata, format), so `readout reindex` re-reads the stored raw input exactly as it was read.

ALTER TABLE documents ADD COLUMN input_json TEXT
