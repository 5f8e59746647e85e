package dev.prism.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

import org.sqlite.JDBC;

import org.springframework.jdbc.datasource.AbstractDataSource;

/**
 * Opens SQLite connections with the given driver properties and wraps each in a
 * {@link SqliteTransactionConnection}; the data source behind Prism's Hikari pools on
 * {@code jdbc:sqlite:} URLs.
 */
class SqliteTransactionDataSource extends AbstractDataSource {

	static final String TRANSACTION_MODE = "transaction_mode";

	private final String url;

	private final Properties properties;

	SqliteTransactionDataSource(String url, Properties properties) {
		this.url = url;
		this.properties = properties;
	}

	@Override
	public Connection getConnection() throws SQLException {
		Properties properties = new Properties();
		properties.putAll(this.properties);
		return SqliteTransactionConnection.wrap(JDBC.createConnection(this.url, properties),
				properties.getProperty(TRANSACTION_MODE, "IMMEDIATE"));
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return getConnection();
	}

	/**
	 * Do nothing: opening a SQLite file involves no login.
	 */
	@Override
	public void setLoginTimeout(int timeout) {
	}

}
