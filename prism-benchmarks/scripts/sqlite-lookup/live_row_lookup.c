/*
 * The lookups of LiveRowLookup.java through SQLite's C API, 200,000 calls each on one
 * prepared statement, to tell SQLite's own time from the JDBC driver's. Build against the
 * SQLite amalgamation, with and without STAT4, and run on the file LiveRowLookup.java made:
 *
 *   npm pack better-sqlite3@12.11.1 && tar xzf better-sqlite3-12.11.1.tgz package/deps/sqlite3
 *   gcc -O2 -DSQLITE_THREADSAFE=0 [-DSQLITE_ENABLE_STAT4] -I package/deps/sqlite3 \
 *     -o live_row_lookup live_row_lookup.c package/deps/sqlite3/sqlite3.c -lm
 *   ./live_row_lookup /tmp/lookup.db
 *
 * See docs/performance.md, "Reads on the quiet machine".
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include "sqlite3.h"

static const char *QUERIES[2][2] = {
	{ "plain", "select pc1_0.id,pc1_0.created_at,pc1_0.email,pc1_0.name,pc1_0.status,pc1_0.updated_at "
		"from plain_customers pc1_0 where pc1_0.email=?" },
	{ "live-row", "select c1_0.id,c1_0.created_at,c1_0.email,c1_0.name,c1_0.status,c1_0.updated_at "
		"from customers c1_0 where c1_0.email=? and c1_0.deleted_at is null" },
};

static double micros(void) {
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	return now.tv_sec * 1e6 + now.tv_nsec / 1e3;
}

int main(int argc, char **argv) {
	sqlite3 *db;
	if (argc < 2 || sqlite3_open(argv[1], &db) != SQLITE_OK) {
		fprintf(stderr, "usage: %s <database file from LiveRowLookup.java>\n", argv[0]);
		return 1;
	}
	printf("SQLite %s\n", sqlite3_libversion());
	for (int round = 0; round < 4; round++) {
		for (int q = 0; q < 2; q++) {
			sqlite3_stmt *statement;
			sqlite3_prepare_v2(db, QUERIES[q][1], -1, &statement, 0);
			srand(1);
			int calls = 200000;
			char email[64];
			double start = micros();
			for (int i = 0; i < calls; i++) {
				int id = rand() % 100000 + 1;
				int length = snprintf(email, sizeof email, "customer-%d@example.com", (id % 10 == 0) ? id + 1 : id);
				sqlite3_bind_text(statement, 1, email, length, SQLITE_TRANSIENT);
				sqlite3_step(statement);
				sqlite3_reset(statement);
			}
			sqlite3_finalize(statement);
			if (round >= 2) {
				printf("%s %.2f us\n", QUERIES[q][0], (micros() - start) / calls);
			}
		}
	}
	sqlite3_close(db);
	return 0;
}
