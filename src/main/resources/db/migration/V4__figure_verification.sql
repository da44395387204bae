-- Issue 10 (data truth): how well each figure is sourced, the figures that count the same thing
-- from other sources, the source that says a policy was superseded, and policies with no known
-- adoption or effective date (they are in force on no date).

-- null only in releases published before the field existed
alter table figure add column verification text
    check (verification in ('primary', 'secondary', 'unverified'));

-- ids of the figures of the same release with the same measure, jurisdiction, agency and period
-- from other sources; computed by the import
alter table figure add column other_source_figure_ids text[] not null default '{}';

alter table policy add column superseded_by_source_id text;

alter table policy alter column in_force_from drop not null;
