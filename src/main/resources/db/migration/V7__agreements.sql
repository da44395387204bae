-- Issue 23: 287(g) agreements (one agency and one of ICE's models) as ICE's lists show them.
-- ICE publishes no end date: an agreement no longer listed has the window (ended_after,
-- ended_before) = (last sheet listing it, first sheet without it); ended_on only where a text
-- gives the day.

create table agreement (
    release_id          text    not null references release (id),
    id                  text    not null,
    agency_id           text    not null,
    agency              text    not null,
    agency_type         text,
    state               text    not null,
    county              text,
    model               text    not null
        check (model in ('jail_enforcement', 'task_force', 'warrant_service_officer')),
    signed_on           date,
    signed_on_precision text    not null,
    first_listed_on     date    not null,
    last_listed_on      date    not null check (last_listed_on >= first_listed_on),
    ended_on            date,
    ended_on_precision  text    not null,
    ended_after         date,
    ended_before        date,
    status              text    not null check (status in ('active', 'ended')),
    source_ids          varchar[] not null,
    note                text,
    primary key (release_id, id),
    check ((ended_after is null) = (ended_before is null)),
    check (ended_before >= ended_after),
    check (ended_after >= signed_on),
    check (ended_on >= signed_on)
);

create index agreement_state on agreement (release_id, state, id);
