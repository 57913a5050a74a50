-- Crossroads schema v2: events imported from event datasets (GDELT, POLECAT, ICEWS, ACLED), their reports
-- (GDELT mentions), and happenings: one happening, many reports. Portable SQL (SQLite and PostgreSQL).

-- A happening: what several reports (article sentences, dataset rows, pack rows) describe. Its id is its key
-- (h-<date>-<party a>-<party b>-<mediator>-<CAMEO root>, parties in code order), so concurrent writers and
-- re-runs agree on it without reading first.
CREATE TABLE happenings (
  id         TEXT PRIMARY KEY,
  event_date TEXT NOT NULL,
  party_a    TEXT NOT NULL,
  party_b    TEXT NOT NULL,
  mediator   TEXT,
  family     TEXT NOT NULL
);
CREATE INDEX happenings_parties_date ON happenings (party_a, party_b, event_date);

-- The events table again, with origin 'imported' and the provenance of an imported row: the dataset, its own id
-- for the row (the natural key: a re-import adds nothing), the article URL where given, the actors' roles, how
-- many sources and mentions report it, and the happening it reports. SQLite cannot change a CHECK constraint in
-- place, so the table is copied.
CREATE TABLE events_v2 (
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
  origin         TEXT NOT NULL CHECK (origin IN ('curated', 'extracted', 'imported')),
  dataset        TEXT,
  source_id      TEXT,
  source_url     TEXT,
  actor1_role    TEXT,
  actor2_role    TEXT,
  mediator_role  TEXT,
  num_sources    INTEGER CHECK (num_sources >= 1),
  num_mentions   INTEGER CHECK (num_mentions >= 1),
  plover_mode    TEXT,
  happening_id   TEXT REFERENCES happenings (id),
  CHECK ((origin = 'curated' AND article_id IS NULL)
      OR (origin = 'extracted' AND article_id IS NOT NULL)
      OR (origin = 'imported' AND article_id IS NULL AND dataset IS NOT NULL AND source_id IS NOT NULL)),
  UNIQUE (dataset, source_id)
);
INSERT INTO events_v2 (id, article_id, pack_id, event_date, actor1, actor2, mediator, cameo, plover, quad_class,
    goldstein, mode, weight, sentence, sentence_index, actor1_start, actor1_end, actor2_start, actor2_end,
    verb_start, verb_end, origin)
  SELECT id, article_id, pack_id, event_date, actor1, actor2, mediator, cameo, plover, quad_class,
    goldstein, mode, weight, sentence, sentence_index, actor1_start, actor1_end, actor2_start, actor2_end,
    verb_start, verb_end, origin
  FROM events;
DROP TABLE events;
ALTER TABLE events_v2 RENAME TO events;
CREATE INDEX events_actor1_actor2_date ON events (actor1, actor2, event_date);
CREATE INDEX events_actor2_date ON events (actor2, event_date);
CREATE INDEX events_article ON events (article_id);
CREATE INDEX events_pack ON events (pack_id);
CREATE INDEX events_happening ON events (happening_id);
CREATE INDEX events_origin_date ON events (origin, event_date);

-- Reports of an imported event beyond its row: GDELT's Mentions table (one row per article mentioning it).
CREATE TABLE event_reports (
  event_id    TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  url         TEXT NOT NULL,
  source      TEXT NOT NULL,
  report_date TEXT NOT NULL,
  confidence  INTEGER,
  PRIMARY KEY (event_id, url)
);
