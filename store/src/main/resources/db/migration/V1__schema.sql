-- Crossroads schema v1. Portable SQL: runs unchanged on SQLite and PostgreSQL.
-- Ids are made by the application (UUIDs or content hashes); instants are UTC ISO-8601 text
-- (uuuu-MM-ddTHH:mm:ss.SSSSSSZ), dates ISO YYYY-MM-DD text, JSON documents text.

CREATE TABLE packs (
  id           TEXT PRIMARY KEY,
  name         TEXT NOT NULL,
  title        TEXT NOT NULL,
  as_of        TEXT NOT NULL,
  content_hash TEXT NOT NULL UNIQUE,
  loaded_at    TEXT NOT NULL,
  summary_json TEXT NOT NULL
);

CREATE TABLE sources (
  pack_id   TEXT NOT NULL REFERENCES packs (id) ON DELETE CASCADE,
  id        TEXT NOT NULL,
  publisher TEXT NOT NULL,
  title     TEXT NOT NULL,
  date      TEXT,
  url       TEXT,
  note      TEXT,
  PRIMARY KEY (pack_id, id)
);

-- id = sha-256 (hex) of the normalized title and text, so the same article is stored once.
CREATE TABLE articles (
  id          TEXT PRIMARY KEY,
  url         TEXT,
  source      TEXT NOT NULL,
  title       TEXT NOT NULL,
  published   TEXT,
  text        TEXT NOT NULL,
  ingested_at TEXT NOT NULL
);

-- Curated events come from a pack (no article); extracted events come from an article sentence.
-- Offsets are character offsets into sentence, end exclusive.
CREATE TABLE events (
  id             TEXT PRIMARY KEY,
  article_id     TEXT REFERENCES articles (id) ON DELETE CASCADE,
  pack_id        TEXT REFERENCES packs (id) ON DELETE CASCADE,
  event_date     TEXT NOT NULL,
  actor1         TEXT NOT NULL,
  actor2         TEXT NOT NULL,
  mediator       TEXT,
  cameo          TEXT NOT NULL,
  plover         TEXT,
  quad_class     INTEGER CHECK (quad_class BETWEEN 1 AND 4),
  goldstein      DOUBLE PRECISION,
  mode           TEXT NOT NULL CHECK (mode IN ('asserted', 'negated', 'hypothetical', 'future')),
  weight         DOUBLE PRECISION NOT NULL,
  sentence       TEXT,
  sentence_index INTEGER,
  actor1_start   INTEGER,
  actor1_end     INTEGER,
  actor2_start   INTEGER,
  actor2_end     INTEGER,
  verb_start     INTEGER,
  verb_end       INTEGER,
  origin         TEXT NOT NULL CHECK (origin IN ('curated', 'extracted')),
  CHECK ((origin = 'curated' AND article_id IS NULL) OR (origin = 'extracted' AND article_id IS NOT NULL))
);
CREATE INDEX events_actor1_actor2_date ON events (actor1, actor2, event_date);
CREATE INDEX events_actor2_date ON events (actor2, event_date);
CREATE INDEX events_article ON events (article_id);
CREATE INDEX events_pack ON events (pack_id);

CREATE TABLE scenarios (
  id         TEXT PRIMARY KEY,
  name       TEXT NOT NULL,
  created_at TEXT NOT NULL,
  spec_json  TEXT NOT NULL
);

CREATE TABLE runs (
  id          TEXT PRIMARY KEY,
  kind        TEXT NOT NULL,
  scenario_id TEXT REFERENCES scenarios (id) ON DELETE SET NULL,
  status      TEXT NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed', 'cancelled')),
  created_at  TEXT NOT NULL,
  started_at  TEXT,
  finished_at TEXT,
  params_json TEXT NOT NULL,
  result_json TEXT,
  error       TEXT
);
CREATE INDEX runs_kind_created ON runs (kind, created_at);
