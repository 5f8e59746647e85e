package dev.prism.lifecycle;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.prism.jdbc.DatabaseUrl;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Configures the data source from {@code DATABASE_URL} when it is set and
 * {@code spring.datasource.url} is not: {@code spring.datasource.url}, and
 * {@code spring.datasource.username} and {@code password} from the URL's credentials,
 * with the lowest precedence so that any explicit setting wins. See {@link DatabaseUrl}
 * for the accepted forms; any other value fails startup.
 */
public class DatabaseUrlEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	/**
	 * Name of the property source that holds the settings taken from
	 * {@code DATABASE_URL}.
	 */
	public static final String PROPERTY_SOURCE_NAME = "prismDatabaseUrl";

	private static final String DATABASE_URL = "DATABASE_URL";

	@Override
	public int getOrder() {
		return ConfigDataEnvironmentPostProcessor.ORDER + 1;
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String value = environment.getProperty(DATABASE_URL);
		if (!StringUtils.hasText(value) || StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
			return;
		}
		DatabaseUrl url = DatabaseUrl.parse(value);
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

}
