package dev.prism.lifecycle;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.prism.schema.PrismColumnsIntegrator;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Adjusts the environment for the database lifecycle. With {@code prism.db.echo=true}, logs SQL and bind values unless those loggers'
 * levels are set. With {@code prism.db.command} set, runs without a web server, without
 * Hibernate schema generation or column check and without SQL init scripts, so that the
 * command alone decides what happens to the database.
 */
class PrismDatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	static final String DEFAULTS = "prismDatabaseDefaults";

	static final String COMMAND = "prismDatabaseCommand";

	/**
	 * Loggers that log SQL statements with their bind values: Hibernate's, JdbcTemplate's and
	 * Liquibase's.
	 */
	static final Map<String, String> ECHO_LEVELS = Map.of("org.hibernate.SQL", "debug",
			"org.hibernate.orm.jdbc.bind", "trace", "org.springframework.jdbc.core.JdbcTemplate", "debug",
			"org.springframework.jdbc.core.StatementCreatorUtils", "trace", "liquibase.executor", "debug");

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		Map<String, Object> defaults = new LinkedHashMap<>();
		if (environment.getProperty("prism.db.echo", Boolean.class, false)) {
			ECHO_LEVELS.forEach((logger, level) -> defaults.put("logging.level." + logger, level));
		}
		environment.getPropertySources().addLast(new MapPropertySource(DEFAULTS, defaults));
		if (StringUtils.hasText(environment.getProperty("prism.db.command"))) {
			environment.getPropertySources()
				.addFirst(new MapPropertySource(COMMAND,
						Map.of("spring.main.web-application-type", "none", "spring.jpa.hibernate.ddl-auto", "none",
								"spring.jpa.properties." + PrismColumnsIntegrator.ENABLED, "false",
								"spring.sql.init.mode", "never")));
		}
	}

}
