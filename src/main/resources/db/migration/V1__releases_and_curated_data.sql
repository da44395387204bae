-- OpenDetainers schema, version 1.
--
-- Every published row carries the id of the release that published it; releases are
-- immutable snapshots. "Current" is a single pointer (current_release) that an import
-- moves in the same transaction that inserts the release's rows, so a reader sees
-- either the whole previous release or the whole new one, never a mix.

create table release (
    id               text        primary key check (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    seq              bigint      not null unique,
    published_at     timestamptz not null,
    input_checksum   text        not null,
    source_checksums jsonb       not null,
    row_counts       jsonb       not null,
    changes          jsonb       not null
);

comment on table release is 'One published state of the whole data set, made by one import.';
comment on column release.input_checksum is 'SHA-256 over the names and checksums of all input files; an import whose inputs hash to the current release''s value publishes nothing.';

create table current_release (
    singleton  boolean primary key default true check (singleton),
    release_id text    not null references release (id)
);

comment on table current_release is 'The release that reads use when none is named; moved only by a successful import.';

create table jurisdiction (
    release_id text not null references release (id),
    id         text not null,
    name       text not null,
    kind       text not null,
    state      text,
    source_id  text,
    note       text,
    primary key (release_id, id)
);

create table agency (
    release_id   text not null references release (id),
    id           text not null,
    jurisdiction text not null,
    name         text not null,
    kind         text not null,
    source_id    text,
    note         text,
    primary key (release_id, id),
    foreign key (release_id, jurisdiction) references jurisdiction (release_id, id)
);

create table source (
    release_id             text not null references release (id),
    id                     text not null,
    publisher              text not null,
    title                  text not null,
    published_on           date,
    published_on_precision text not null,
    url                    text,
    kind                   text not null,
    author                 text,
    note                   text,
    citation               text not null,
    primary key (release_id, id)
);

create table measure (
    release_id  text not null references release (id),
    id          text not null,
    name        text not null,
    unit        text not null,
    description text not null,
    primary key (release_id, id)
);

create table policy (
    release_id             text   not null references release (id),
    id                     text   not null,
    title                  text   not null,
    kind                   text   not null,
    jurisdiction           text   not null,
    agencies               varchar[] not null,
    adopted_on             date,
    adopted_on_precision   text   not null,
    effective_on           date,
    effective_on_precision text   not null,
    ended_on               date,
    ended_on_precision     text   not null,
    superseded_by          text,
    legal_citation         text,
    summary                text   not null,
    provisions             jsonb  not null,
    source_ids             varchar[] not null,
    note                   text,
    -- the date that places the policy on the timeline: when it took effect, or when it
    -- was adopted if the effective date is not known
    in_force_from          date   not null,
    -- a policy that names no agency applies to its jurisdiction's agencies generally
    applies_to_all_agencies boolean generated always as (cardinality(agencies) = 0) stored,
    primary key (release_id, id),
    foreign key (release_id, jurisdiction) references jurisdiction (release_id, id)
);

create index policy_timeline on policy (release_id, in_force_from, id);

create table figure (
    release_id        text   not null references release (id),
    id                text   not null,
    measure           text   not null,
    jurisdiction      text   not null,
    agency            text,
    period_start      date   not null,
    period_end        date   not null check (period_end >= period_start),
    fiscal_year_basis text   not null,
    value             bigint not null check (value >= 0),
    qualifier         text   not null,
    source_id         text   not null,
    note              text,
    primary key (release_id, id),
    foreign key (release_id, measure) references measure (release_id, id),
    foreign key (release_id, jurisdiction) references jurisdiction (release_id, id),
    foreign key (release_id, agency) references agency (release_id, id),
    foreign key (release_id, source_id) references source (release_id, id)
);

create index figure_timeline on figure (release_id, period_start, id);
