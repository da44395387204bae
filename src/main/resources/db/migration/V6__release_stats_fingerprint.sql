-- What a release's detainer statistics were protected from (docs/import.md, "Reusing the
-- protected statistics"): a digest of the counted cells, the staging counts, k, the protection
-- width and the protection code. An import whose fingerprint equals the current release's copies
-- that release's protected cells and disclosure report instead of protecting them again.
alter table release add column stats_fingerprint text;

comment on column release.stats_fingerprint is 'SHA-256 of the inputs of the protected statistics (counted cells, staging counts, k, protection width, protection code); null when the release has no record-level data or was published before the column existed.';
