package dev.prism.jdbc;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.logging.Log;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.OriginLookup;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.util.StringUtils;

/**
 * Configures the data source from {@code DATABASE_URL} when it is set and
 * {@code spring.datasource.url} is not: {@code spring.datasource.url}, and
 * {@code spring.datasource.username} and {@code password} from the URL's credentials,
 * with the lowest precedence so that any explicit setting wins. See {@link DatabaseUrl}
 * for the accepted forms; any other value fails startup. Logs which URL is used and where
 * it was set, password masked.
 */
public class DatabaseUrlEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	/**
	 * Name of the property source that holds the settings taken from
	 * {@code DATABASE_URL}.
	 */
	public static final String PROPERTY_SOURCE_NAME = "prismDatabaseUrl";

	private static final String DATABASE_URL = "DATABASE_URL";

	private static final String DATASOURCE_URL = "spring.datasource.url";

	private final Log logger;

	/**
	 * Create a new post-processor.
	 * @param logFactory the factory of the log that names the database in use
	 */
	public DatabaseUrlEnvironmentPostProcessor(DeferredLogFactory logFactory) {
		this.logger = logFactory.getLog(DatabaseUrlEnvironmentPostProcessor.class);
	}

	@Override
	public int getOrder() {
		return ConfigDataEnvironmentPostProcessor.ORDER + 1;
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String value = environment.getProperty(DATABASE_URL);
		String datasourceUrl = environment.getProperty(DATASOURCE_URL);
		if (StringUtils.hasText(datasourceUrl)) {
			this.logger.info("Database " + DatabaseUrl.mask(datasourceUrl) + " from " + DATASOURCE_URL + " ("
					+ origin(environment, DATASOURCE_URL) + ")" + (StringUtils.hasText(value) ? "; " + DATABASE_URL
							+ " (" + origin(environment, DATABASE_URL) + ") is set too but " + DATASOURCE_URL + " wins"
							: ""));
			return;
		}
		if (!StringUtils.hasText(value)) {
			this.logger.info("Database: Spring Boot's default, as neither " + DATABASE_URL + " nor " + DATASOURCE_URL
					+ " is set");
			return;
		}
		DatabaseUrl url = DatabaseUrl.parse(value);
		this.logger.info("Database " + url.jdbcUrl() + ((url.username() != null) ? " as " + url.username() : "")
				+ " from " + DATABASE_URL + " (" + origin(environment, DATABASE_URL) + ")");
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("spring.datasource.url", url.jdbcUrl());
		if (url.username() != null) {
			properties.put("spring.datasource.username", url.username());
		}
		if (url.password() != null) {
			properties.put("spring.datasource.password", url.password());
		}
		environment.getPropertySources().addLast(new MapPropertySource(PROPERTY_SOURCE_NAME, properties));
	}

	private static String origin(ConfigurableEnvironment environment, String name) {
		for (PropertySource<?> source : environment.getPropertySources()) {
			if (!ConfigurationPropertySources.isAttachedConfigurationPropertySource(source)
					&& source.containsProperty(name)) {
				Origin origin = OriginLookup.getOrigin(source, name);
				return (origin != null) ? origin.toString() : "property source '" + source.getName() + "'";
			}
		}
		return "unknown origin";
	}

}
