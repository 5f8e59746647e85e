package dev.prism.postgresql;

import dev.prism.sqlite.PrismSqliteAutoConfiguration;
import dev.prism.sqlite.PrismSqliteDialect;
import dev.prism.test.FailureAnalyses;
import dev.prism.test.TestDatabases;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.cfg.JdbcSettings;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolver;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

class PrismPostgresAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner().withConfiguration(
			AutoConfigurations.of(DataSourceAutoConfiguration.class, HibernateJpaAutoConfiguration.class,
					TransactionAutoConfiguration.class, PrismSqliteAutoConfiguration.class,
					PrismPostgresAutoConfiguration.class));

	@Test
	void selectsPrismDialectForPostgresql() {
		this.contextRunner.withPropertyValues(TestDatabases.postgres().properties())
			.run((context) -> assertThat(dialect(context.getBean(EntityManagerFactory.class)))
				.isExactlyInstanceOf(PrismPostgresDialect.class));
	}

	@ParameterizedTest
	@ValueSource(strings = { "spring.jpa.database-platform=org.hibernate.dialect.PostgreSQLDialect",
			"spring.jpa.database=postgresql", "prism.postgresql.literal-row-limit=false" })
	void keepsHibernatesDialectWhenOneIsNamedOrLiteralRowLimitIsDisabled(String property) {
		this.contextRunner.withPropertyValues(TestDatabases.postgres().properties())
			.withPropertyValues(property)
			.run((context) -> assertThat(dialect(context.getBean(EntityManagerFactory.class)))
				.isExactlyInstanceOf(PostgreSQLDialect.class));
	}

	@Test
	void failsFastOnALiteralRowLimitThatIsNotABoolean() {
		this.contextRunner.withPropertyValues(TestDatabases.postgres().properties())
			.withPropertyValues("prism.postgresql.literal-row-limit=sometimes")
			.run((context) -> {
				assertThat(context).hasFailed();
				FailureAnalysis analysis = FailureAnalyses.analyze(context.getStartupFailure());
				assertThat(analysis.getDescription()).contains("prism.postgresql.literal-row-limit")
					.contains("sometimes");
			});
	}

	@Test
	void keepsTheApplicationsDialectResolversFirst() {
		this.contextRunner.withPropertyValues(TestDatabases.postgres().properties())
			.withPropertyValues("spring.jpa.properties.hibernate.dialect_resolvers=" + NoDialectResolver.class.getName())
			.run((context) -> {
				EntityManagerFactory entityManagerFactory = context.getBean(EntityManagerFactory.class);
				assertThat(entityManagerFactory.getProperties()).containsEntry(JdbcSettings.DIALECT_RESOLVERS,
						NoDialectResolver.class.getName() + "," + PrismPostgresDialectResolver.class.getName());
				assertThat(dialect(entityManagerFactory)).isExactlyInstanceOf(PrismPostgresDialect.class);
			});
	}

	@Test
	void leavesSqliteAlone() {
		this.contextRunner.withPropertyValues(TestDatabases.sqlite().properties())
			.run((context) -> assertThat(dialect(context.getBean(EntityManagerFactory.class)))
				.isExactlyInstanceOf(PrismSqliteDialect.class));
	}

	private static Dialect dialect(EntityManagerFactory entityManagerFactory) {
		return entityManagerFactory.unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect();
	}

	public static class NoDialectResolver implements DialectResolver {

		@Override
		public Dialect resolveDialect(DialectResolutionInfo info) {
			return null;
		}

	}

}
