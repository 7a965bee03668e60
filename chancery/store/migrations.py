"""Named schema migrations, applied in order and recorded in ``schema_migrations``.

Never edit a migration that has shipped: add a new one.
"""

from __future__ import annotations

# One explorer row per event, from the five tables that describe it (named by the caller:
# the stored tables for the migration, a batch's tables when a batch is written).
EXPLORER_ROWS = """
SELECT e.event_id, least(e.source, e.target) || ' ' || greatest(e.source, e.target) AS dyad,
       e.source, e.target, e.type, e.quad_class, e.status, e.day, d.lang, l.country, e.goldstein,
       e.contexts, l.name AS place, l.lat, l.lon, v.evidence_text,
       to_json({{'event_id': e.event_id, 'content_hash': e.content_hash, 'doc_id': e.doc_id, 'lang': d.lang,
                 'published': d.published, 'title': d.title, 'type': e.type, 'mode': e.mode,
                 'source': e.source, 'target': e.target, 'source_actor': e.source_actor,
                 'target_actor': e.target_actor, 'date': e.date, 'day': e.day, 'status': e.status,
                 'location': e.location, 'country': l.country, 'place': l.name, 'lat': l.lat, 'lon': l.lon,
                 'cameo': e.cameo, 'goldstein': e.goldstein, 'quad_class': e.quad_class,
                 'contexts': e.contexts, 'story_id': s.story_id,
                 'evidence': coalesce(v.evidence, [])}})::VARCHAR AS row_json
FROM {events} e JOIN {documents} d ON d.content_hash = e.content_hash
     LEFT JOIN {event_locations} l ON l.event_id = e.event_id
     LEFT JOIN {event_stories} s ON s.event_id = e.event_id
     LEFT JOIN (SELECT event_id,
                       list({{'sentence': sentence, 'start': start_char, 'end': end_char, 'text': text}}
                            ORDER BY idx) AS evidence,
                       string_agg(text, ' ' ORDER BY idx) AS evidence_text
                FROM {evidence} GROUP BY event_id) v ON v.event_id = e.event_id
"""

# The explorer table's physical order: a dyad's events together, by day (undated first, as
# the oldest), then id; chancery.store.dyad_index relies on it.
EXPLORER_ORDER = "dyad, coalesce(day, DATE '0001-01-01'), event_id"

MIGRATIONS: tuple[tuple[str, str], ...] = (
    (
        "0001_initial",
        """
        CREATE SEQUENCE run_ids START 1;
        CREATE TABLE runs (
            run_id INTEGER PRIMARY KEY,
            started_at TIMESTAMP NOT NULL,
            finished_at TIMESTAMP,
            status VARCHAR NOT NULL,            -- running, done, interrupted
            command VARCHAR,
            coder VARCHAR,
            config JSON,
            chancery_version VARCHAR,
            n_read INTEGER,
            n_new INTEGER,
            n_duplicate INTEGER,
            n_rejected INTEGER
        );
        CREATE TABLE documents (
            content_hash VARCHAR PRIMARY KEY,   -- sha256 of the normalized text: the identity
            doc_id VARCHAR NOT NULL,            -- the name the input gave it
            source VARCHAR,
            lang VARCHAR,
            published VARCHAR,                  -- ISO at its precision: 2025, 2025-07, 2025-07-14
            published_date DATE,                -- first day it covers, for range queries
            published_precision VARCHAR,
            url VARCHAR,
            title VARCHAR,
            encoding VARCHAR,
            text VARCHAR NOT NULL,
            n_chars INTEGER,
            run_id INTEGER
        );
        CREATE TABLE events (
            event_id VARCHAR PRIMARY KEY,       -- content_hash prefix + position: stable across runs
            content_hash VARCHAR NOT NULL,
            doc_id VARCHAR NOT NULL,
            idx INTEGER NOT NULL,
            type VARCHAR NOT NULL,
            mode VARCHAR,
            source VARCHAR NOT NULL,
            target VARCHAR NOT NULL,
            source_actor VARCHAR,
            target_actor VARCHAR,
            source_sector VARCHAR,
            target_sector VARCHAR,
            date VARCHAR,
            date_start DATE,
            date_precision VARCHAR,
            status VARCHAR NOT NULL,
            location VARCHAR,
            cameo VARCHAR,
            goldstein DOUBLE,
            quad_class TINYINT,
            contexts VARCHAR[],
            rule VARCHAR,
            run_id INTEGER
        );
        CREATE TABLE evidence (
            event_id VARCHAR NOT NULL,
            idx INTEGER NOT NULL,
            sentence INTEGER,
            start_char INTEGER,
            end_char INTEGER,
            text VARCHAR
        );
        CREATE TABLE quotes (
            content_hash VARCHAR NOT NULL,
            idx INTEGER NOT NULL,
            speaker VARCHAR,
            speaker_code VARCHAR,
            text VARCHAR,
            start_char INTEGER,
            end_char INTEGER,
            run_id INTEGER
        );
        CREATE TABLE amounts (
            content_hash VARCHAR NOT NULL,
            idx INTEGER NOT NULL,
            value DOUBLE,
            unit VARCHAR,
            text VARCHAR,
            about VARCHAR,
            year INTEGER,
            start_char INTEGER,
            end_char INTEGER,
            run_id INTEGER
        );
        CREATE TABLE rejects (
            source VARCHAR NOT NULL,
            locator VARCHAR NOT NULL,           -- line/row inside a container, '' for a whole file
            code VARCHAR NOT NULL,              -- error catalog code, e.g. E102
            severity VARCHAR NOT NULL,          -- error: nothing stored; warning: stored with a problem
            message VARCHAR,
            run_id INTEGER,
            PRIMARY KEY (source, locator, code)
        );
        """,
    ),
    (
        "0002_dedup",
        """
        -- Near-duplicate articles: a MinHash signature per document, its LSH buckets
        -- (looked up by (band, bucket) when a later document arrives), and the cluster
        -- each document joined. Every document signed gets a cluster row, alone or not.
        CREATE TABLE doc_signatures (
            content_hash VARCHAR PRIMARY KEY,
            signature BIGINT[] NOT NULL,
            run_id INTEGER
        );
        CREATE TABLE doc_bands (
            band SMALLINT NOT NULL,
            bucket BIGINT NOT NULL,
            content_hash VARCHAR NOT NULL
        );
        CREATE TABLE doc_clusters (
            content_hash VARCHAR PRIMARY KEY,
            cluster_id VARCHAR NOT NULL,        -- content_hash of the cluster's first stored document
            duplicate_of VARCHAR,               -- the most similar earlier document; NULL for the first
            similarity DOUBLE,                  -- estimated word-shingle Jaccard with duplicate_of
            run_id INTEGER
        );
        -- Stories: one real-world event reported by several documents. The anchor
        -- (date, place) is the founding event's; counts and report dates are computed
        -- from the member events when queried, so they never go stale.
        CREATE TABLE stories (
            story_id VARCHAR PRIMARY KEY,       -- 's' + the founding event's id
            type VARCHAR NOT NULL,
            source VARCHAR NOT NULL,            -- for symmetric types the smaller code
            target VARCHAR NOT NULL,
            status VARCHAR NOT NULL,
            date VARCHAR,
            date_start DATE,
            date_exact BOOLEAN,                 -- the anchor date is the event's own, not the publication date
            place VARCHAR,                      -- comparable place key: state code of the place, or folded text
            run_id INTEGER
        );
        CREATE TABLE event_stories (
            event_id VARCHAR PRIMARY KEY,
            story_id VARCHAR NOT NULL,
            run_id INTEGER
        );
        """,
    ),
    (
        "0003_places",
        """
        CREATE TABLE places (                   -- every place an article names (the places stage)
            content_hash VARCHAR NOT NULL,
            idx INTEGER NOT NULL,
            text VARCHAR,
            start_char INTEGER,
            end_char INTEGER,
            kind VARCHAR,                       -- city, region, country
            country VARCHAR,                    -- ISO 3166-1 alpha-3
            lat DOUBLE,
            lon DOUBLE,
            geonameid INTEGER,
            name VARCHAR,                       -- the gazetteer's name
            reason VARCHAR,
            run_id INTEGER
        );
        CREATE TABLE event_locations (          -- each event's location text resolved to a place
            event_id VARCHAR PRIMARY KEY,
            content_hash VARCHAR NOT NULL,
            text VARCHAR,
            kind VARCHAR,
            country VARCHAR,
            lat DOUBLE,
            lon DOUBLE,
            geonameid INTEGER,
            name VARCHAR,
            reason VARCHAR,
            run_id INTEGER
        );
        CREATE TABLE counts (                   -- people killed, injured, displaced or arrested
            content_hash VARCHAR NOT NULL,
            idx INTEGER NOT NULL,
            value BIGINT,
            kind VARCHAR,
            approximate BOOLEAN,
            text VARCHAR,
            start_char INTEGER,
            end_char INTEGER,
            run_id INTEGER
        );
        ALTER TABLE documents ADD COLUMN contexts VARCHAR[];  -- the document's PLOVER contexts
        """,
    ),
    (
        "0004_explore",
        """
        -- The day an event counts on in time filters and series: its own date, else its
        -- article's publication date.
        ALTER TABLE events ADD COLUMN day DATE;
        UPDATE events SET day = coalesce(events.date_start, d.published_date)
        FROM documents d WHERE d.content_hash = events.content_hash;
        CREATE TABLE mentions (                 -- actors the resolver found, for highlighting articles
            content_hash VARCHAR NOT NULL,
            idx INTEGER NOT NULL,
            start_char INTEGER,
            end_char INTEGER,
            text VARCHAR,
            code VARCHAR,
            sector VARCHAR,
            kind VARCHAR,                       -- actor or group
            run_id INTEGER
        );
        -- The explorer's table: one row per event with every column the explorer filters
        -- on and the event's whole API reply, kept sorted by dyad and day so that a
        -- dyad's events sit in a few row groups (see Store.compact_explorer).
        CREATE TABLE event_rows AS """
        + EXPLORER_ROWS.format(
            events="events",
            documents="documents",
            event_locations="event_locations",
            event_stories="event_stories",
            evidence="evidence",
        )
        + """ ORDER BY """
        + EXPLORER_ORDER
        + """;
        CREATE TABLE explorer_state (sorted_rows BIGINT NOT NULL);  -- rows in sorted order at the last compaction
        INSERT INTO explorer_state SELECT count(*) FROM event_rows;
        """,
    ),
    (
        "0005_buckets_in_memory",
        """
        -- LSH buckets are keyed from the stored signatures by the writer, in memory
        -- (chancery.dedup.doc_index): a stored copy was scanned on every batch.
        DROP TABLE doc_bands;
        -- A story's key as one column: a batch's candidate stories are joined on one string, not four.
        ALTER TABLE stories ADD COLUMN story_key VARCHAR;
        UPDATE stories SET story_key = concat_ws(chr(31), type, source, target, status);
        """,
    ),
)
