-- readout store schema, version 1.
-- One paragraph per statement (statements are separated by blank lines).
-- Tokens in braces are filled in per database: {pk} an auto-numbered primary key,
-- {ref} the type of a column that points at one, {blob} binary, {real} floating point.

CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    url TEXT,
    title TEXT,
    publisher TEXT,
    published TEXT,
    language TEXT,
    kind TEXT,
    is_readout INTEGER NOT NULL,
    extractor TEXT,
    raw {blob},
    raw_sha256 TEXT,
    raw_size INTEGER,
    raw_format TEXT,
    text TEXT NOT NULL,
    record_json TEXT NOT NULL,
    record_sha256 TEXT NOT NULL,
    warnings INTEGER NOT NULL DEFAULT 0,
    fetched_at TEXT,
    etag TEXT,
    last_modified TEXT,
    checked_at TEXT,
    ingested_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
)

CREATE INDEX documents_url ON documents (url, fetched_at)

CREATE INDEX documents_extractor ON documents (extractor)

CREATE TABLE meetings (
    id {pk},
    status TEXT NOT NULL,
    date TEXT,
    sort_date TEXT,
    start_time TEXT,
    time_note TEXT,
    duration_minutes INTEGER,
    format TEXT,
    level TEXT,
    countries TEXT NOT NULL,
    host_country TEXT,
    location_city TEXT,
    location_country TEXT,
    occasion TEXT,
    title TEXT,
    organizations TEXT NOT NULL DEFAULT '',
    principals TEXT NOT NULL DEFAULT '',
    primary_document_id TEXT,
    source_count INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL
)

CREATE INDEX meetings_countries_date ON meetings (countries, sort_date)

CREATE INDEX meetings_date ON meetings (sort_date)

CREATE INDEX meetings_principals ON meetings (countries, principals)

CREATE TABLE meeting_countries (
    meeting_id {ref} NOT NULL REFERENCES meetings (id),
    country TEXT NOT NULL,
    date TEXT,
    PRIMARY KEY (country, meeting_id)
)

CREATE INDEX meeting_countries_meeting ON meeting_countries (meeting_id)

CREATE TABLE dyads (
    country_a TEXT NOT NULL,
    country_b TEXT NOT NULL,
    date TEXT,
    meeting_id {ref} NOT NULL REFERENCES meetings (id),
    level TEXT,
    format TEXT,
    PRIMARY KEY (country_a, country_b, meeting_id)
)

CREATE INDEX dyads_timeline ON dyads (country_a, country_b, date, meeting_id)

CREATE INDEX dyads_meeting ON dyads (meeting_id)

CREATE TABLE dyad_years (
    country_a TEXT NOT NULL,
    country_b TEXT NOT NULL,
    year TEXT NOT NULL,
    level TEXT NOT NULL,
    meetings INTEGER NOT NULL,
    PRIMARY KEY (country_a, country_b, year, level)
)

CREATE TABLE meeting_sources (
    meeting_id {ref} NOT NULL REFERENCES meetings (id),
    document_id TEXT NOT NULL REFERENCES documents (id),
    meeting_index INTEGER NOT NULL,
    relation TEXT NOT NULL,
    status TEXT NOT NULL,
    match_rule TEXT,
    date TEXT,
    start_time TEXT,
    time_note TEXT,
    duration_minutes INTEGER,
    format TEXT,
    level TEXT,
    countries TEXT,
    host_country TEXT,
    location_city TEXT,
    location_country TEXT,
    occasion TEXT,
    title TEXT,
    header_json TEXT,
    PRIMARY KEY (document_id, meeting_index, relation)
)

CREATE INDEX meeting_sources_meeting ON meeting_sources (meeting_id)

CREATE TABLE persons (
    id {pk},
    name TEXT NOT NULL,
    family_name TEXT NOT NULL,
    given_name TEXT,
    country TEXT,
    organization TEXT,
    person_key TEXT NOT NULL,
    first_seen TEXT,
    last_seen TEXT
)

CREATE INDEX persons_key ON persons (person_key)

CREATE TABLE person_names (
    person_id {ref} NOT NULL REFERENCES persons (id),
    name TEXT NOT NULL,
    normalized TEXT NOT NULL,
    PRIMARY KEY (person_id, name)
)

CREATE INDEX person_names_normalized ON person_names (normalized)

CREATE TABLE offices (
    id {pk},
    person_id {ref} NOT NULL REFERENCES persons (id),
    title TEXT NOT NULL,
    title_key TEXT NOT NULL,
    country TEXT,
    first_seen TEXT,
    last_seen TEXT,
    mentions INTEGER NOT NULL DEFAULT 0,
    UNIQUE (person_id, title_key)
)

CREATE INDEX offices_title ON offices (title_key, first_seen)

CREATE TABLE participants (
    id {pk},
    meeting_id {ref} NOT NULL REFERENCES meetings (id),
    document_id TEXT NOT NULL REFERENCES documents (id),
    meeting_index INTEGER NOT NULL,
    person_id {ref} REFERENCES persons (id),
    name TEXT NOT NULL,
    family_name TEXT NOT NULL,
    given_name TEXT,
    title TEXT,
    country TEXT,
    organization TEXT,
    office TEXT,
    role TEXT NOT NULL,
    date TEXT,
    span_start INTEGER,
    span_end INTEGER
)

CREATE INDEX participants_meeting ON participants (meeting_id)

CREATE INDEX participants_document ON participants (document_id)

CREATE INDEX participants_person ON participants (person_id)

CREATE TABLE statements (
    id {pk},
    meeting_id {ref} NOT NULL REFERENCES meetings (id),
    document_id TEXT NOT NULL REFERENCES documents (id),
    meeting_index INTEGER NOT NULL,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    point INTEGER,
    agents TEXT,
    stance TEXT,
    plover TEXT,
    plover_mode TEXT,
    cameo TEXT,
    goldstein {real},
    verb_start INTEGER,
    verb_end INTEGER,
    mentions_json TEXT
)

CREATE INDEX statements_meeting ON statements (meeting_id)

CREATE INDEX statements_document ON statements (document_id)

CREATE INDEX statements_stance ON statements (stance, meeting_id)

CREATE TABLE statement_topics (
    statement_id {ref} NOT NULL REFERENCES statements (id),
    topic TEXT NOT NULL,
    PRIMARY KEY (statement_id, topic)
)

CREATE INDEX statement_topics_topic ON statement_topics (topic)

CREATE TABLE meeting_topics (
    meeting_id {ref} NOT NULL REFERENCES meetings (id),
    topic TEXT NOT NULL,
    date TEXT,
    PRIMARY KEY (meeting_id, topic)
)

CREATE INDEX meeting_topics_topic ON meeting_topics (topic, date)

CREATE TABLE events (
    id {pk},
    meeting_id {ref} NOT NULL REFERENCES meetings (id),
    document_id TEXT NOT NULL REFERENCES documents (id),
    statement_id {ref} REFERENCES statements (id),
    date TEXT,
    actor TEXT,
    recipient TEXT,
    plover TEXT,
    plover_mode TEXT,
    cameo TEXT,
    goldstein {real},
    event_text TEXT,
    span_start INTEGER,
    span_end INTEGER
)

CREATE INDEX events_meeting ON events (meeting_id)

CREATE INDEX events_document ON events (document_id)

CREATE TABLE cited_references (
    id {pk},
    meeting_id {ref} NOT NULL REFERENCES meetings (id),
    document_id TEXT NOT NULL REFERENCES documents (id),
    statement_id {ref} REFERENCES statements (id),
    text TEXT NOT NULL,
    date TEXT,
    kind TEXT,
    span_start INTEGER,
    span_end INTEGER
)

CREATE INDEX cited_references_meeting ON cited_references (meeting_id)

CREATE INDEX cited_references_document ON cited_references (document_id)

CREATE TABLE commitments (
    id {pk},
    meeting_id {ref} NOT NULL REFERENCES meetings (id),
    document_id TEXT NOT NULL REFERENCES documents (id),
    statement_id {ref} REFERENCES statements (id),
    action TEXT NOT NULL,
    due TEXT,
    due_text TEXT,
    span_start INTEGER,
    span_end INTEGER
)

CREATE INDEX commitments_meeting ON commitments (meeting_id)

CREATE INDEX commitments_document ON commitments (document_id)
