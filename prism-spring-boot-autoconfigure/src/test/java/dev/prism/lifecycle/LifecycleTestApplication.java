package dev.prism.lifecycle;

import dev.prism.sqlite.PrismSqliteAutoConfiguration;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;

/**
 * A minimal application for lifecycle tests: a data source, Liquibase and Prism's database
 * lifecycle. Its {@code main} is the process that the killed-migration test kills.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@ImportAutoConfiguration({ DataSourceAutoConfiguration.class, PrismSqliteAutoConfiguration.class,
		LiquibaseAutoConfiguration.class, PrismDatabaseAutoConfiguration.class })
public class LifecycleTestApplication {

	public static void main(String[] args) {
		new SpringApplicationBuilder(LifecycleTestApplication.class).web(WebApplicationType.NONE).run(args);
	}

}
