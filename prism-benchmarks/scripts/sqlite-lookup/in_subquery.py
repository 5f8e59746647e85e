#!/usr/bin/env python3
"""How the SQLite that Python links reads `x in ((select ...))`, the form Hibernate gives
JPA's `in(subquery)`, against `x in (select ...)`: 10 parents with 10 children each, the
children of every parent selected. SQLite 3.40 counts 10 children for the first form
(the subquery's first row only) and 100 for the second. See docs/performance.md, "Where
the remaining time goes"."""
import sqlite3

db = sqlite3.connect(":memory:")
db.execute("create table parents(id integer primary key)")
db.execute("create table children(id integer primary key, parent_id int)")
db.executemany("insert into parents values (?)", [(i,) for i in range(1, 11)])
db.executemany("insert into children(parent_id) values (?)", [(i // 10 + 1,) for i in range(100)])
print("SQLite", sqlite3.sqlite_version)
for form in ("in ((select id from parents))", "in (select id from parents)"):
    count = db.execute("select count(*) from children where parent_id " + form).fetchone()[0]
    print("%-32s %d children" % (form, count))
