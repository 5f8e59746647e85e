package dev.prism.repository;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Records the SQL of every statement Hibernate prepares.
 */
public class RecordingStatementInspector implements StatementInspector {

	static final List<String> statements = new CopyOnWriteArrayList<>();

	@Override
	public String inspect(String sql) {
		statements.add(sql);
		return sql;
	}

}
