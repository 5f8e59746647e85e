package dev.prism.sqlite;

import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfigMXBean;
import com.zaxxer.hikari.HikariDataSource;
import dev.prism.jdbc.PrismDatabase;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.jdbc.DataSourceUnwrapper;

/**
 * Configures Hikari pools on {@code jdbc:sqlite:} URLs for concurrent use: WAL journal, a
 * busy timeout, foreign keys and immediate transactions, passed to the SQLite driver as
 * connection properties. Connections come from a {@link SqliteTransactionDataSource}, so
 * that transactions stay atomic after a failure, and Hikari evicts a connection after an
 * error that may have broken it ({@link SqliteExceptionOverride}). Creates the database
 * file's directory if it is missing.
 */
class SqliteDataSourcePostProcessor implements BeanPostProcessor {

	private final ObjectProvider<PrismSqliteProperties> properties;

	SqliteDataSourcePostProcessor(ObjectProvider<PrismSqliteProperties> properties) {
		this.properties = properties;
	}

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource dataSource && isSqlite(dataSource)) {
			configure(dataSource, this.properties.getObject());
		}
		return bean;
	}

	/**
	 * Return whether the data source is a Hikari pool of SQLite connections.
	 * @param dataSource the data source
	 * @return {@code true} for a {@code jdbc:sqlite:} URL
	 */
	static boolean isSqlite(DataSource dataSource) {
		HikariDataSource hikari = DataSourceUnwrapper.unwrap(dataSource, HikariConfigMXBean.class,
				HikariDataSource.class);
		return hikari != null && PrismDatabase.fromJdbcUrl(hikari.getJdbcUrl()) == PrismDatabase.SQLITE;
	}

	private void configure(HikariDataSource dataSource, PrismSqliteProperties properties) {
		Properties driverProperties = dataSource.getDataSourceProperties();
		connectionSettings(properties).forEach(driverProperties::putIfAbsent);
		if (dataSource.getDataSource() == null && dataSource.getDataSourceClassName() == null) {
			dataSource.setDataSource(new SqliteTransactionDataSource(dataSource.getJdbcUrl(), driverProperties));
		}
		if (dataSource.getExceptionOverride() == null && dataSource.getExceptionOverrideClassName() == null) {
			dataSource.setExceptionOverride(new SqliteExceptionOverride());
		}
		createParentDirectory(dataSource.getJdbcUrl());
	}

	static Map<String, String> connectionSettings(PrismSqliteProperties properties) {
		Map<String, String> settings = new LinkedHashMap<>();
		settings.put("journal_mode", properties.getJournalMode());
		settings.put("busy_timeout", String.valueOf(properties.getBusyTimeout().toMillis()));
		settings.put("foreign_keys", String.valueOf(properties.isForeignKeys()));
		settings.put("synchronous", properties.getSynchronous());
		settings.put(SqliteTransactionDataSource.TRANSACTION_MODE, properties.getTransactionMode());
		return settings;
	}

	/**
	 * Create the database file's directory if it is missing. When that fails, opening the
	 * database fails with {@code SQLITE_CANTOPEN}, which {@link SqliteFailureAnalyzer}
	 * explains.
	 */
	private static void createParentDirectory(String url) {
		Path file = SqliteDatabaseFile.of(url);
		File parent = (file != null) ? file.getParent().toFile() : null;
		if (parent != null && !parent.isDirectory()) {
			parent.mkdirs();
		}
	}

}
