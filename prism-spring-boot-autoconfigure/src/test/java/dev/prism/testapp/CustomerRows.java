package dev.prism.testapp;

import java.util.List;
import java.util.stream.IntStream;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Inserts many customer rows quickly with a JDBC batch, stamped like a row the repository
 * saved, so that tests can work on more rows than one statement can bind.
 */
public final class CustomerRows {

	private CustomerRows() {
	}

	/**
	 * Insert customers named {@code Bulk 0..count-1}.
	 * @param jdbc the JDBC template
	 * @param customers the repository that stamps a template row
	 * @param count how many rows to insert
	 * @return the ids of the new rows, ascending
	 */
	public static List<Long> insert(JdbcTemplate jdbc, CustomerRepository customers, int count) {
		Customer template = customers.save(new Customer("Template", "template@example.com"));
		jdbc.batchUpdate(
				"insert into customers (name, email, status, created_at, updated_at) "
						+ "select ?, ?, status, created_at, updated_at from customers where id = ?",
				IntStream.range(0, count)
					.mapToObj((i) -> new Object[] { "Bulk " + i, "bulk" + i + "@example.com", template.getId() })
					.toList());
		customers.hardDeleteById(template.getId());
		// Fresh planner statistics, as autovacuum would soon give a real table.
		jdbc.execute("analyze customers");
		return jdbc.queryForList("select id from customers where name like 'Bulk %' order by id", Long.class);
	}

}
