package dev.prism.sqlite;

import dev.prism.testapp.Customer;
import dev.prism.testapp.CustomerRepository;
import dev.prism.testapp.TestApplication;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A process that writes to a SQLite database until it is killed: transactions of two rows
 * each, printing {@link #COMMITTED} and the transaction's key after each commit. Argument:
 * the JDBC URL.
 */
public final class SqliteWriterProcess {

	static final String COMMITTED = "COMMITTED ";

	private SqliteWriterProcess() {
	}

	public static void main(String[] args) {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(TestApplication.class)
			.web(WebApplicationType.NONE)
			.run("--spring.datasource.url=" + args[0], "--logging.level.root=warn");
		CustomerRepository customers = context.getBean(CustomerRepository.class);
		TransactionTemplate transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
		for (int i = 0;; i++) {
			String key = "killed-" + i;
			transaction.executeWithoutResult((status) -> {
				customers.save(new Customer(key, key + "-a"));
				customers.save(new Customer(key, key + "-b"));
			});
			System.out.println(COMMITTED + key);
		}
	}

}
