package dev.prism.lifecycle;

import java.util.ArrayList;
import java.util.List;

import dev.prism.sqlite.PrismSqliteAutoConfiguration;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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

	/**
	 * Records the exit status of a database command instead of exiting the JVM.
	 */
	@Configuration(proxyBeanMethods = false)
	static class RecordingExitConfiguration {

		@Bean
		RecordingExit recordingExit() {
			return new RecordingExit();
		}

	}

	static class RecordingExit implements DatabaseCommandExit {

		final List<Integer> statuses = new ArrayList<>();

		@Override
		public void exit(int status) {
			this.statuses.add(status);
		}

	}

}
