-- Record-level detainer extracts and their anonymized aggregates.
--
-- Record-level data lives only in the staging schema, in unlogged tables that each import
-- empties, inside the import's own transaction; nothing in the API reads this schema.
-- Only the aggregates in detainer_stat (with small cells suppressed) are published.

create schema if not exists staging;
revoke all on schema staging from public;

create unlogged table staging.detainer_identifier (
    file_no  int    not null,
    line_no  bigint not null,
    -- 64-bit hash of the record's identifier, used only to find duplicate records; never published
    id_hash  bigint not null
);

comment on table staging.detainer_identifier is 'Where each identifier of the running import''s extracts occurs (hashed), to find duplicates. The records themselves are validated, normalized and counted while streaming; only aggregates are published. Emptied by every import; never published.';

-- The published cross-tabulations of a release: which exist, at which granularity, over
-- which dimensions.
create table stat_table (
    release_id  text   not null references release (id),
    id          text   not null,
    granularity text   not null,
    dimensions  varchar[] not null,
    primary key (release_id, id)
);

-- No foreign keys here: a release writes up to millions of cells with COPY, and per-row
-- foreign-key checks would cost more than the rest of the publication. The import writes a
-- release's stat_table rows and cells in the same transaction as the release row.
create table detainer_stat (
    release_id          text    not null,
    table_id            text    not null,
    period_start        date    not null,
    period_end          date    not null,
    agency              text,
    facility            text,
    aor                 text,
    state               text,
    gender              text,
    age_band            text,
    citizenship_country text,
    detainer_type       text,
    criminality         text,
    outcome             text,
    -- null when suppressed
    count               bigint  check (count is null or count > 0),
    suppressed          boolean not null,
    synthetic           boolean not null,
    check (suppressed = (count is null))
);

-- Keyset order within a table: period, then the dimension values (null-free in practice:
-- unknown values are the string 'unknown').
create index detainer_stat_table_order on detainer_stat (release_id, table_id, period_start,
    agency, facility, aor, state, gender, age_band, citizenship_country, detainer_type, criminality, outcome);

alter table release add column disclosure jsonb not null default '{}';

comment on column release.disclosure is 'Disclosure report: records read and dropped (by reason), cells published, suppressed (primary, complementary).';

-- Every import attempt, whatever its outcome, for operators (GET /admin/imports) and /v1/status.
create table import_run (
    id          bigint generated always as identity primary key,
    trigger     text        not null,
    source      text        not null,
    started_at  timestamptz not null,
    finished_at timestamptz,
    status      text        not null,
    release_id  text,
    report      jsonb
);

create index import_run_recent on import_run (started_at desc);
