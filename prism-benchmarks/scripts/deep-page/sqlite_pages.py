#!/usr/bin/env python3
"""Pages and counts on SQLite through Python's sqlite3, on a copy of the benchmark tables
(100,000 customers, every tenth soft deleted, the recommended indexes; plain_customers
without deleted_at): a page as an OFFSET query on both tables and as Prism's deferred
join, at several depths, and the live count restricted, by subtraction, and the plain
table's count. See docs/performance.md, "Deep pages as a deferred join"."""
import os
import sqlite3
import tempfile
import time

ROWS = 100_000
path = os.path.join(tempfile.mkdtemp(), "deep.db")
db = sqlite3.connect(path)
db.executescript("""
create table customers (id integer primary key, name varchar(200) not null, email varchar(200) not null,
  status varchar(50) not null, created_at integer not null, updated_at integer not null, deleted_at integer,
  deleted_by varchar(100));
create unique index customers_email_live on customers(email) where deleted_at is null;
create index customers_deleted_at on customers(deleted_at);
create index customers_id_live on customers(id) where deleted_at is null;
create table plain_customers (id integer primary key, name varchar(200) not null, email varchar(200) not null,
  status varchar(50) not null, created_at integer not null, updated_at integer not null);
create unique index plain_customers_email on plain_customers(email);
""")
db.executemany("insert into customers(name, email, status, created_at, updated_at, deleted_at) values (?, ?, ?, ?, ?, ?)",
               (("Customer %d" % n, "customer-%d@example.com" % n, "active", 1, 1, 1 if n % 10 == 0 else None)
                for n in range(1, ROWS + 1)))
db.executemany("insert into plain_customers(name, email, status, created_at, updated_at) values (?, ?, ?, ?, ?)",
               (("Customer %d" % n, "customer-%d@example.com" % n, "active", 1, 1) for n in range(1, ROWS + 1)))
db.commit()
db.execute("analyze")
db.commit()

PAGES = {
    "offset": "select id, created_at, deleted_at, deleted_by, email, name, status, updated_at from customers"
              " where deleted_at is null order by id limit ? offset ?",
    "plain": "select id, created_at, email, name, status, updated_at from plain_customers order by id limit ? offset ?",
    "deferred": "select id, created_at, deleted_at, deleted_by, email, name, status, updated_at from customers"
                " where deleted_at is null and id in (select id from customers where deleted_at is null"
                " order by id limit ? offset ?) order by id",
}
COUNTS = {
    "restricted": "select count(*) from customers where deleted_at is null",
    "subtracted": "select (select count(*) from customers)"
                  " - (select count(*) from customers where deleted_at is not null)",
    "plain": "select count(*) from plain_customers",
    "count(1), no condition": "select count(1) from customers",
}


def timed(sql, parameters=(), calls=100):
    start = time.perf_counter()
    for _ in range(calls):
        rows = db.execute(sql, parameters).fetchall()
    return (time.perf_counter() - start) / calls * 1e6, rows


print("SQLite", sqlite3.sqlite_version)
for name, sql in PAGES.items():
    print("%-9s plan: %s" % (name, [row[3] for row in db.execute("explain query plan " + sql, (20, 80000))]))
for offset in (0, 500, 1000, 2000, 80000):
    for name, sql in PAGES.items():
        micros, rows = timed(sql, (20, offset), 300 if offset < 5000 else 30)
        print("page at offset %6d  %-9s %8.1f us  first id %d" % (offset, name, micros, rows[0][0]))
for name, sql in COUNTS.items():
    micros, rows = timed(sql)
    print("count %-23s %8.1f us  %d rows" % (name, micros, rows[0][0]))
