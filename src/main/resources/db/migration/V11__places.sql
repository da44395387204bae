-- Issue 25: places, joined by official code. States (2-digit state FIPS) and counties (5-digit
-- county FIPS) of the Census Bureau's boundaries, and the cities of the data set (the
-- jurisdiction's id: the boundaries read have no cities), from data-seed/places.csv (written by
-- tools.Places). A jurisdiction names its place (place_id); an agreement gets the county its
-- county names (county_fips, by the rule of ingest.CountyNames, filled at import).

create table place (
    release_id text      not null references release (id),
    id         text      not null,
    kind       text      not null check (kind in ('state', 'county', 'city')),
    name       text      not null,
    state      text      not null check (state ~ '^[A-Z]{2}$'),
    parent_id  text,
    county_ids varchar[] not null,
    source_ids varchar[] not null,
    note       text,
    primary key (release_id, id),
    check ((kind = 'state') = (parent_id is null)),
    check (kind <> 'state' or id ~ '^[0-9]{2}$'),
    check (kind <> 'county' or (id ~ '^[0-9]{5}$' and parent_id = substr(id, 1, 2)))
);

create index place_kind on place (release_id, kind, state, id);
create index place_parent on place (release_id, parent_id, id);

alter table jurisdiction add column place_id text;

alter table agreement add column county_fips text check (county_fips ~ '^[0-9]{5}$');

create index agreement_county on agreement (release_id, county_fips, id);
create index facility_county on facility (release_id, county_fips, id);
