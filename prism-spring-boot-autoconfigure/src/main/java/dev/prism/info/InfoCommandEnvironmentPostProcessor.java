package dev.prism.info;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Lets the {@code info} command start without reaching the database, so that it can report
 * a database it cannot reach: Hibernate then chooses its dialect from the JDBC URL instead
 * of connecting for metadata. Only for PostgreSQL and SQLite URLs, whose dialect is known
 * without connecting, and only where the application does not set these properties itself.
 */
class InfoCommandEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	static final String PROPERTY_SOURCE = "prismInfoCommand";

	private static final String JPA_PROPERTIES = "spring.jpa.properties.";

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String command = environment.getProperty("prism.db.command");
		String url = environment.getProperty("spring.datasource.url");
		if (command == null || !command.strip().equals("info") || url == null) {
			return;
		}
		Map<String, Object> defaults = new LinkedHashMap<>();
		if (url.startsWith("jdbc:postgresql:")) {
			defaults.put(JPA_PROPERTIES + "jakarta.persistence.database-product-name", "PostgreSQL");
		}
		else if (!url.startsWith("jdbc:sqlite:")) {
			return;
		}
		defaults.put(JPA_PROPERTIES + "hibernate.boot.allow_jdbc_metadata_access", "false");
		environment.getPropertySources().addLast(new MapPropertySource(PROPERTY_SOURCE, defaults));
	}

}
