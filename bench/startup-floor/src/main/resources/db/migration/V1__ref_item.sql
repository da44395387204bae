create table ref_item (id bigint primary key, name varchar(100) not null, qty integer not null);
insert into ref_item (id, name, qty) values (1, 'alpha', 10), (2, 'beta', 20), (3, 'gamma', 30);
