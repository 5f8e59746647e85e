#!/bin/sh
# Deep pages on PostgreSQL with pgbench, on a copy of the benchmark tables (100,000
# customers, every tenth soft deleted, the recommended indexes; plain_customers without
# deleted_at): the OFFSET query on both tables and Prism's deferred join, at several
# depths; then a keyset window of 21 rows after a random id with the row limit bound as a
# parameter (Hibernate's PostgreSQLDialect) and written into the SQL (PrismPostgresDialect),
# as prepared statements. Needs psql and pgbench; PGHOST etc. select the server (default
# 127.0.0.1, user postgres). See docs/performance.md, "Deep pages as a deferred join" and
# "Keyset windows on PostgreSQL".
set -e
: "${PGHOST:=127.0.0.1}" "${PGUSER:=postgres}"
export PGHOST PGUSER
db=prism_deep_pages
psql -qc "drop database if exists $db" -c "create database $db"
psql -q -d $db <<'SQL'
create table customers (id bigserial primary key, name varchar(200) not null, email varchar(200) not null,
  status varchar(50) not null, created_at timestamptz not null, updated_at timestamptz not null,
  deleted_at timestamptz, deleted_by varchar(100));
create unique index customers_email_live on customers(email) where deleted_at is null;
create index customers_deleted_at on customers(deleted_at);
create index customers_id_live on customers(id) where deleted_at is null;
create table plain_customers (id bigserial primary key, name varchar(200) not null, email varchar(200) not null,
  status varchar(50) not null, created_at timestamptz not null, updated_at timestamptz not null);
create unique index plain_customers_email on plain_customers(email);
insert into customers(name, email, status, created_at, updated_at, deleted_at)
  select 'Customer ' || n, 'customer-' || n || '@example.com', 'active', now(), now(),
    case when n % 10 = 0 then now() end from generate_series(1, 100000) n;
insert into plain_customers(name, email, status, created_at, updated_at)
  select 'Customer ' || n, 'customer-' || n || '@example.com', 'active', now(), now() from generate_series(1, 100000) n;
vacuum analyze;
SQL
dir=$(mktemp -d)
for offset in 0 200 1000 2000 80000; do
  echo "select id, created_at, deleted_at, deleted_by, email, name, status, updated_at from customers where deleted_at is null order by id offset $offset rows fetch first 20 rows only;" > "$dir/offset.sql"
  echo "select id, created_at, email, name, status, updated_at from plain_customers order by id offset $offset rows fetch first 20 rows only;" > "$dir/plain.sql"
  echo "select id, created_at, deleted_at, deleted_by, email, name, status, updated_at from customers where deleted_at is null and id in (select id from customers where deleted_at is null order by id offset $offset rows fetch first 20 rows only) order by id;" > "$dir/deferred.sql"
  for query in offset plain deferred; do
    printf 'offset %6d  %-9s ' "$offset" "$query"
    pgbench -n -M prepared -T 5 -f "$dir/$query.sql" $db 2>&1 | grep 'latency average'
  done
done
for table in plain_customers customers; do
  condition=$([ $table = customers ] && echo "and deleted_at is null" || true)
  for limit in ':n' 21; do
    printf '\\set x random(1, 99000)\n\\set n 21\nselect * from %s where id > :x %s order by id fetch first %s rows only;\n' \
      $table "$condition" $limit > "$dir/window.sql"
    printf 'window %-15s limit %-3s ' $table "$limit"
    pgbench -n -M prepared -T 5 -f "$dir/window.sql" $db 2>&1 | grep 'latency average'
  done
done
psql -qc "drop database $db"
