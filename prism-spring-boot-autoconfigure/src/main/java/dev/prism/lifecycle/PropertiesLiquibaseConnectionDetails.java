package dev.prism.lifecycle;

import org.springframework.boot.liquibase.autoconfigure.LiquibaseConnectionDetails;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseProperties;

/**
 * Adapts {@code spring.liquibase.url}, {@code user}, {@code password} and
 * {@code driver-class-name} to {@link LiquibaseConnectionDetails}, as Spring Boot does
 * where its own Liquibase auto-configuration runs.
 */
final class PropertiesLiquibaseConnectionDetails implements LiquibaseConnectionDetails {

	private final LiquibaseProperties properties;

	PropertiesLiquibaseConnectionDetails(LiquibaseProperties properties) {
		this.properties = properties;
	}

	@Override
	public String getUsername() {
		return this.properties.getUser();
	}

	@Override
	public String getPassword() {
		return this.properties.getPassword();
	}

	@Override
	public String getJdbcUrl() {
		return this.properties.getUrl();
	}

	@Override
	public String getDriverClassName() {
		String driverClassName = this.properties.getDriverClassName();
		return (driverClassName != null) ? driverClassName : LiquibaseConnectionDetails.super.getDriverClassName();
	}

}
