-- Full-text search over documents, SQLite FTS5 as external content (the layout Datasette
-- and sqlite-utils detect: a virtual table named documents_fts with content="documents").

CREATE VIRTUAL TABLE documents_fts USING fts5 (title, text, content="documents")

CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
  INSERT INTO documents_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
END

CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END

CREATE TRIGGER documents_au AFTER UPDATE OF title, text ON documents BEGIN
  INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
  INSERT INTO documents_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
END
