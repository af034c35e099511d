-- The web tool's schema. Each aggregate is one row holding the package's own snapshot (AggregateSnapshot) as jsonb,
-- with a version that every save checks and raises (optimistic concurrency: a stale save changes nothing).

CREATE TABLE data_sets (
    year        integer PRIMARY KEY,
    -- The imported document as it came: the source of the year's declarations, named cases, titles and outlines.
    -- Records are read from their own rows, never from here.
    document    jsonb NOT NULL,
    imported_at timestamptz NOT NULL
);

CREATE TABLE aggregates (
    kind     text    NOT NULL,   -- department, enterprise, compatriot, issue, award, mechanism, event ...
    id       text    NOT NULL,
    year     integer NOT NULL REFERENCES data_sets (year) ON DELETE CASCADE,
    district integer,            -- the county-level district's code, where the record has one
    snapshot jsonb   NOT NULL,
    version  integer NOT NULL CHECK (version >= 1),
    PRIMARY KEY (kind, id)
);

CREATE INDEX aggregates_by_district ON aggregates (year, kind, district);

-- Every save, for the office's own audit: who did what to which record, on which day of the record's calendar.
-- A year imported again with 'replace' starts its records at version 1 again; their earlier log stays.
CREATE TABLE changes (
    seq      bigserial   PRIMARY KEY,
    kind     text        NOT NULL,
    id       text        NOT NULL,
    version  integer     NOT NULL,
    verb     text        NOT NULL,
    on_date  date,
    clerk    text        NOT NULL,
    saved_at timestamptz NOT NULL
);

CREATE INDEX changes_by_record ON changes (kind, id, version);
