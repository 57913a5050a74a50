-- V4: whether an extracted event is its sentence's MAIN event (the act the sentence reports: "Spain recalled its
-- ambassador") or a background one beside it ("Following the bombing of its embassy, ..."); the extractor chooses
-- one main event per sentence (ExtractedEvent.main, Extraction.mainEvents) and the store keeps every event, so an
-- analyst reading evidence, and a re-read of the store, can tell the two apart. Portable SQL (SQLite and
-- PostgreSQL): a boolean column with a default fills the rows already stored.
-- Existing rows are main (true): an imported dataset row and a curated pack event are one event per record, so the
-- event is the record's main one; for article events stored before V4 we cannot know which was main (the sentence
-- was not kept with its extraction), so they count as main too, as every event did before. Re-ingesting the
-- articles into a fresh store gives the extractor's flag.
ALTER TABLE events ADD COLUMN main BOOLEAN NOT NULL DEFAULT TRUE;
