-- Issue 24: counts of ICE's own detainer records as a third party published them (NPR's exports
-- of ICE's FOIA release 15-87693, October 2007 to July 2015): a series, a calendar period, and for
-- some series a category (lift reason, detainer type) or a receiving facility as ICE named it.

create table ice_count (
    release_id     text   not null references release (id),
    id             text   not null,
    series         text   not null,
    period_start   date   not null,
    period_end     date   not null check (period_end >= period_start),
    category       text,
    facility_name  text,
    facility_city  text,
    facility_state text,
    facility_id    text,
    value          bigint not null check (value >= 0),
    source_id      text   not null,
    note           text,
    primary key (release_id, id)
);

create index ice_count_series on ice_count (release_id, series, id);
