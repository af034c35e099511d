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
    -- Each year is its own data set: a department (or an issue carried over) of two years is a row of each.
    PRIMARY KEY (year, kind, id)
);

CREATE INDEX aggregates_by_district ON aggregates (year, kind, district);
CREATE INDEX aggregates_by_id ON aggregates (kind, id);

-- Every save, for the office's own audit: who did what to which record, on which day of the record's calendar.
-- A year imported again with "replace" raises the version of every record it keeps (a page showing the earlier
-- version then gets a conflict) and deletes the records the new file no longer has.
CREATE TABLE changes (
    seq      bigserial   PRIMARY KEY,
    year     integer     NOT NULL,
    kind     text        NOT NULL,
    id       text        NOT NULL,
    version  integer     NOT NULL,
    verb     text        NOT NULL,
    on_date  date,
    clerk    text        NOT NULL,
    saved_at timestamptz NOT NULL
);

CREATE INDEX changes_by_record ON changes (year, kind, id, version);
