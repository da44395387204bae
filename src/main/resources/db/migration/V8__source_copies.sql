-- Issue 23: where the copy of a source that was read is kept (repository, commit, path) and the
-- licence of that copy. Null in releases published before the columns existed.
alter table source add column copy_repository text;
alter table source add column copy_commit     text check (copy_commit ~ '^[0-9a-f]{40}$');
alter table source add column copy_path       text;
alter table source add column license         text;
