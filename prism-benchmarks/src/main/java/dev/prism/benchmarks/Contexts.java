package dev.prism.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the benchmarks' Spring Boot applications on a {@link BenchmarkDatabase}.
 */
final class Contexts {

	private Contexts() {
	}

	/**
	 * Start an application with logging turned down and the benchmarks' changelog.
	 * @param application the application class
	 * @param database the database to connect to
	 * @param properties further properties
	 * @return the running context
	 */
	static ConfigurableApplicationContext start(Class<?> application, BenchmarkDatabase database,
			String... properties) {
		List<String> all = new ArrayList<>(List.of("spring.main.banner-mode=off", "logging.level.root=WARN",
				"logging.level.org.hibernate.orm.deprecation=ERROR",
				"spring.liquibase.change-log=classpath:db/changelog/benchmarks.yaml", "spring.jpa.open-in-view=false"));
		all.addAll(Arrays.asList(database.dataSourceProperties()));
		all.addAll(Arrays.asList(properties));
		return new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.properties(all.toArray(String[]::new))
			.run();
	}

}
