-- Duplicate records are found as the Deportation Data Project finds them (docs/import.md,
-- "Duplicates"): the same identifier within 24 hours, with the same detainer type and facility.
-- Staging therefore keeps, beside the identifier's hash, when each record was prepared and a
-- hash of its detainer type and facility. Still emptied by every import; never published.
truncate staging.detainer_identifier;
alter table staging.detainer_identifier
    add column prepared_minute bigint not null,
    add column detail_hash bigint not null;

comment on column staging.detainer_identifier.prepared_minute is 'When the record''s detainer was prepared, in minutes since 1970 (UTC; midnight when the file gives no time).';
comment on column staging.detainer_identifier.detail_hash is '64-bit hash of the record''s normalized detainer type and facility.';
