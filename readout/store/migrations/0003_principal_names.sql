-- Each meeting keeps its principals' name words ('JPN:fumio kishida'), so a source that swaps a
-- family and a given name still matches the meeting (see docs/store.md, resolution rules).

ALTER TABLE meetings ADD COLUMN principal_names TEXT NOT NULL DEFAULT ''
