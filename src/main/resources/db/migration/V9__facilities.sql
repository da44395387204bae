-- Issue 24: ICE facilities, one per facility code (DETLOC), as public lists give them
-- (data-seed/facilities.csv, written by tools.FacilityLists). id is the code lowercased, so it
-- stays the same across releases; county_fips only where a list gives it; coordinates as the
-- list wrote them; agency only where data-seed/mappings/facilities.csv names the facility.

create table facility (
    release_id    text      not null references release (id),
    id            text      not null,
    detloc        text      not null check (detloc ~ '^[A-Z0-9]+$' and id = lower(detloc)),
    name          text      not null,
    city          text,
    county_fips   text      check (county_fips ~ '^[0-9]{5}$'),
    state         text      check (state ~ '^[A-Z]{2}$'),
    aor           text,
    type_detailed text,
    type_grouped  text,
    latitude      numeric   check (latitude between -90 and 90),
    longitude     numeric   check (longitude between -180 and 180),
    agency        text,
    source_ids    varchar[] not null,
    note          text,
    primary key (release_id, id),
    unique (release_id, detloc),
    check ((latitude is null) = (longitude is null))
);

create index facility_state on facility (release_id, state, id);
create index facility_aor on facility (release_id, aor, id);
