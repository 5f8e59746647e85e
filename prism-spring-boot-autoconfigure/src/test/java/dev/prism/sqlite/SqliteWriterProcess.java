package dev.prism.sqlite;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A process that writes to a migrated SQLite database until it is killed, through Prism's
 * SQLite connection pool: transactions of two customer rows each, printing
 * {@link #COMMITTED} and the transaction's key after each commit. Argument: the JDBC URL.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@ImportAutoConfiguration({ DataSourceAutoConfiguration.class, PrismSqliteAutoConfiguration.class,
		DataSourceTransactionManagerAutoConfiguration.class, JdbcTemplateAutoConfiguration.class })
public class SqliteWriterProcess {

	static final String COMMITTED = "COMMITTED ";

	private static final String INSERT = "INSERT INTO customers (name, email, status, created_at, updated_at) "
			+ "VALUES (?, ?, 'active', '2026-01-31 09:15:00.000000', '2026-01-31 09:15:00.000000')";

	public static void main(String[] args) {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(SqliteWriterProcess.class)
			.web(WebApplicationType.NONE)
			.run("--spring.datasource.url=" + args[0], "--logging.level.root=warn");
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		TransactionTemplate transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
		for (int i = 0;; i++) {
			String key = "killed-" + i;
			transaction.executeWithoutResult((status) -> {
				jdbc.update(INSERT, key, key + "-a");
				jdbc.update(INSERT, key, key + "-b");
			});
			System.out.println(COMMITTED + key);
		}
	}

}
