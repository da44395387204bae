-- The open-data downloads of each release, written once when the release is published and
-- never rewritten: a past release's files stay downloadable byte for byte, whatever later
-- code or configuration changes, so a checksum cited by a researcher keeps its meaning.

-- One data set of a release: a curated table, a published detainer-stats table, or the
-- disclosure report, with its Frictionless Table Schema as published with it.
create table dataset (
    release_id     text   not null references release (id),
    name           text   not null check (name ~ '^[a-z0-9][a-z0-9_-]*$'),
    seq            int    not null,
    kind           text   not null check (kind in ('curated', 'detainer_stats', 'disclosure')),
    title          text   not null,
    description    text   not null,
    row_count      bigint not null,
    temporal_start date,
    temporal_end   date,
    -- the release in which this data set's content last changed (this one, or an earlier one
    -- whose CSV file had the same SHA-256)
    changed_in     text   not null references release (id),
    table_schema   jsonb  not null,
    primary key (release_id, name)
);

-- One file of a data set: its format, size and SHA-256, as served.
create table dataset_file (
    release_id text   not null,
    name       text   not null,
    format     text   not null check (format in ('csv', 'json', 'csv.gz')),
    media_type text   not null,
    byte_size  bigint not null,
    sha256     text   not null check (sha256 ~ '^[0-9a-f]{64}$'),
    chunk_size int    not null,
    primary key (release_id, name, format),
    foreign key (release_id, name) references dataset (release_id, name) deferrable initially deferred
);

-- The bytes of a file, in chunks of dataset_file.chunk_size bytes (the last one shorter), so a
-- download streams them in order with constant memory and a Range request starts at the chunk
-- holding its first byte. Chunks, then the file row, then the data set row are written in the
-- transaction that publishes the release (the foreign keys are checked at its commit).
create table dataset_chunk (
    release_id text  not null,
    name       text  not null,
    format     text  not null,
    seq        int   not null,
    bytes      bytea not null,
    primary key (release_id, name, format, seq),
    foreign key (release_id, name, format) references dataset_file (release_id, name, format)
        deferrable initially deferred
);

comment on table dataset is 'The open-data sets of each release (GET /v1/datasets), with their Table Schemas.';
comment on table dataset_file is 'The files of each data set: CSV, JSON and gzipped CSV, with size and SHA-256.';
comment on table dataset_chunk is 'The bytes of each file, written once at publication and served as stored.';

-- lz4 compresses the chunks about ten times faster than the default pglz, which would
-- otherwise be most of the cost of writing the files at publication. Servers built without
-- lz4 keep the default.
do $$
begin
    alter table dataset_chunk alter column bytes set compression lz4;
exception when others then
    raise notice 'lz4 is not available on this server; dataset_chunk keeps the default compression';
end
$$;
