-- Full-text search over documents, PostgreSQL tsvector kept by the database itself.

ALTER TABLE documents ADD COLUMN search_vector tsvector
    GENERATED ALWAYS AS (to_tsvector('english', coalesce(title, '') || ' ' || text)) STORED

CREATE INDEX documents_search ON documents USING GIN (search_vector)
