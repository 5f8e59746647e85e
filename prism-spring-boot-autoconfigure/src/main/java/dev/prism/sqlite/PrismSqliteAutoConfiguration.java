package dev.prism.sqlite;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jpa.autoconfigure.JpaProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration}
 * for SQLite: connection pools safe for concurrent use, and {@link PrismSqliteDialect}
 * (Hibernate's community {@code SQLiteDialect}) chosen for SQLite connections unless
 * {@code spring.jpa.database-platform} or {@code hibernate.dialect} names another.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@ConditionalOnClass({ HikariDataSource.class, org.sqlite.JDBC.class })
@ConditionalOnBooleanProperty(name = "prism.sqlite.enabled", matchIfMissing = true)
@EnableConfigurationProperties(PrismSqliteProperties.class)
public final class PrismSqliteAutoConfiguration {

	private static final String DIALECT = "hibernate.dialect";

	@Bean
	static SqliteDataSourcePostProcessor sqliteDataSourcePostProcessor(
			ObjectProvider<PrismSqliteProperties> properties) {
		return new SqliteDataSourcePostProcessor(properties);
	}

	@Bean
	@ConditionalOnClass(name = "org.hibernate.community.dialect.SQLiteDialect")
	HibernatePropertiesCustomizer sqliteDialectCustomizer(ObjectProvider<DataSource> dataSource,
			ObjectProvider<JpaProperties> jpaProperties) {
		return (properties) -> dataSource.ifUnique((candidate) -> {
			JpaProperties jpa = jpaProperties.getIfAvailable();
			boolean platformSet = jpa != null && jpa.getDatabasePlatform() != null;
			if (!platformSet && SqliteDataSourcePostProcessor.isSqlite(candidate)) {
				properties.putIfAbsent(DIALECT, PrismSqliteDialect.class.getName());
			}
		});
	}

}
