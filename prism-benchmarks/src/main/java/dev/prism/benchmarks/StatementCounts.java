package dev.prism.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Counts the JDBC statements Hibernate prepares for one run of an operation, from
 * Hibernate's statistics ({@code hibernate.generate_statistics=true}).
 */
final class StatementCounts {

	private final Statistics statistics;

	private final Map<String, Count> counts = new LinkedHashMap<>();

	StatementCounts(ConfigurableApplicationContext context) {
		this.statistics = context.getBean(EntityManagerFactory.class).unwrap(SessionFactory.class).getStatistics();
		if (!this.statistics.isStatisticsEnabled()) {
			throw new IllegalStateException("Hibernate statistics are off");
		}
	}

	/**
	 * Run the operation and record how many statements it prepared.
	 * @param name the name to record the count under
	 * @param rows the ids or rows the operation handles
	 * @param operation the operation
	 */
	void count(String name, int rows, Runnable operation) {
		this.statistics.clear();
		operation.run();
		this.counts.put(name, new Count(rows, this.statistics.getPrepareStatementCount()));
	}

	Map<String, Count> counts() {
		return this.counts;
	}

	/**
	 * The statements an operation on a number of ids or rows prepared.
	 */
	record Count(int rows, long statements) {
	}

}
