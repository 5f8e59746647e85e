package dev.prism.repository;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;

import dev.prism.entity.PrismEntityAutoConfiguration;
import dev.prism.sqlite.PrismSqliteAutoConfiguration;
import dev.prism.test.FailureAnalyses;
import dev.prism.test.TestDatabases;
import dev.prism.testapp.CustomerRepository;
import dev.prism.testapp.MutableClock;
import dev.prism.testapp.PurchaseOrderRepository;
import dev.prism.testapp.TagRepository;
import dev.prism.testapp.TestApplication;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.aop.framework.Advised;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.core.PropertyReferenceException;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.data.jpa.repository.support.JpaEntityInformation;
import org.springframework.data.jpa.repository.support.SimpleJpaRepository;
import org.springframework.transaction.support.TransactionOperations;

import static org.assertj.core.api.Assertions.assertThat;

class PrismRepositoryAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
				LiquibaseAutoConfiguration.class, HibernateJpaAutoConfiguration.class,
				TransactionAutoConfiguration.class, DataJpaRepositoriesAutoConfiguration.class,
				PrismEntityAutoConfiguration.class, PrismRepositoryAutoConfiguration.class,
				PrismSqliteAutoConfiguration.class))
		.withPropertyValues("spring.liquibase.change-log=classpath:db/changelog/db.changelog-master.yaml");

	private ApplicationContextRunner withSqlite() {
		return this.contextRunner.withPropertyValues(TestDatabases.sqlite().properties());
	}

	@Test
	void usesSoftDeleteImplementationForSoftDeleteRepositoriesOnly() {
		withSqlite().withUserConfiguration(EntitiesConfiguration.class).run((context) -> {
			assertThat(target(context.getBean(CustomerRepository.class))).isInstanceOf(SoftDeleteJpaRepository.class);
			assertThat(target(context.getBean(TagRepository.class))).isExactlyInstanceOf(SimpleJpaRepository.class);
			assertThat(context).hasSingleBean(SoftDeleteScope.class);
		});
	}

	@Test
	void interceptsOnlyRepositoriesThatDeclareIncludeDeleted() {
		withSqlite().withUserConfiguration(EntitiesConfiguration.class).run((context) -> {
			assertThat(includeDeletedAdvice(context.getBean(CustomerRepository.class))).isOne();
			assertThat(includeDeletedAdvice(context.getBean(PurchaseOrderRepository.class))).isZero();
		});
	}

	private static long includeDeletedAdvice(Object repository) {
		return Arrays.stream(((Advised) repository).getAdvisors())
			.filter((advisor) -> advisor.getAdvice() instanceof IncludeDeletedInterceptor)
			.count();
	}

	@Test
	void keepsTheApplicationsOwnRepositoryBaseClass() {
		withSqlite().withUserConfiguration(CustomBaseClassConfiguration.class).run((context) -> {
			assertThat(target(context.getBean(CustomerRepository.class))).isInstanceOf(CustomRepository.class);
			assertThat(target(context.getBean(TagRepository.class))).isInstanceOf(CustomRepository.class);
		});
	}

	@Test
	void backsOffWhenDisabled() {
		withSqlite().withPropertyValues("prism.repository.enabled=false")
			.withUserConfiguration(EntitiesConfiguration.class)
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.isInstanceOf(PropertyReferenceException.class));
	}

	@Test
	void publishesNoClockOfItsOwnAndStampsWithSystemUtc() {
		withSqlite().withUserConfiguration(EntitiesConfiguration.class).run((context) -> {
			assertThat(context).doesNotHaveBean(Clock.class);
			assertThat(target(context.getBean(CustomerRepository.class))).hasFieldOrPropertyWithValue("clock",
					Clock.systemUTC());
		});
	}

	@Test
	void usesTheApplicationsClock() {
		withSqlite().withUserConfiguration(EntitiesConfiguration.class, ClockConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(Clock.class);
			assertThat(context.getBean(Clock.class)).isInstanceOf(MutableClock.class);
		});
	}

	@Test
	void backsOffWhenUserDefinesTheirOwnSoftDeleteScope() {
		withSqlite().withUserConfiguration(EntitiesConfiguration.class, ScopeConfiguration.class)
			.run((context) -> assertThat(context.getBean(SoftDeleteScope.class))
				.isSameAs(context.getBean(ScopeConfiguration.class).scope));
	}

	@Test
	void appliesBatchSizeDeepPageOffsetAndClockToRepositories() {
		withSqlite().withPropertyValues("prism.repository.batch-size=250", "prism.repository.deep-page-offset=40")
			.withUserConfiguration(EntitiesConfiguration.class, ClockConfiguration.class)
			.run((context) -> {
				SoftDeleteJpaRepository<?, ?> repository = (SoftDeleteJpaRepository<?, ?>) target(
						context.getBean(CustomerRepository.class));
				assertThat(repository).hasFieldOrPropertyWithValue("batchSize", 250)
					.hasFieldOrPropertyWithValue("deepPageOffset", 40L)
					.hasFieldOrPropertyWithValue("clock", context.getBean(Clock.class));
			});
	}

	@ParameterizedTest
	@CsvSource({ "prism.repository.batch-size, 0, must be at least 1",
			"prism.repository.deep-page-offset, -1, must not be negative" })
	void failsFastOnAnOutOfRangeProperty(String property, String value, String problem) {
		withSqlite().withPropertyValues(property + "=" + value)
			.withUserConfiguration(EntitiesConfiguration.class)
			.run((context) -> {
				assertThat(context).hasFailed();
				FailureAnalysis analysis = FailureAnalyses.analyze(context.getStartupFailure());
				assertThat(analysis.getDescription()).contains(property).contains(problem);
				assertThat(analysis.getAction()).contains("Update your application's configuration");
			});
	}

	private static Object target(Object repository) throws Exception {
		return ((Advised) repository).getTargetSource().getTarget();
	}

	@Configuration(proxyBeanMethods = false)
	@AutoConfigurationPackage(basePackageClasses = TestApplication.class)
	static class EntitiesConfiguration {

	}

	@Configuration(proxyBeanMethods = false)
	@AutoConfigurationPackage(basePackageClasses = TestApplication.class)
	@EnableJpaRepositories(basePackageClasses = TestApplication.class, repositoryBaseClass = CustomRepository.class)
	static class CustomBaseClassConfiguration {

	}

	@Configuration(proxyBeanMethods = false)
	static class ClockConfiguration {

		@Bean
		MutableClock clock() {
			return new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ScopeConfiguration {

		final SoftDeleteScope scope = new SoftDeleteScope(null, TransactionOperations.withoutTransaction());

		@Bean
		SoftDeleteScope customScope() {
			return this.scope;
		}

	}

	static class CustomRepository<T extends dev.prism.entity.SoftDeletable, ID> extends SoftDeleteJpaRepository<T, ID> {

		CustomRepository(JpaEntityInformation<T, ?> entityInformation, EntityManager entityManager) {
			super(entityInformation, entityManager);
		}

	}

}
