package dev.prism.aot;

import dev.prism.entity.ClockFunction;
import dev.prism.entity.SoftDeleteIntegrator;
import dev.prism.entity.SoftDeleteSqmTranslatorFactory;
import dev.prism.entity.SoftDeleteStateManagement;
import dev.prism.entity.TimestampListener;
import dev.prism.liquibase.CreateLiveUniqueIndexChange;
import dev.prism.liquibase.SqliteAddColumnGenerator;
import dev.prism.liquibase.SqliteBigIntType;
import dev.prism.repository.IdListFunction;
import dev.prism.sqlite.PrismSqliteDialect;
import org.junit.jupiter.api.Test;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.TypeReference;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The runtime hints Prism registers in {@code META-INF/spring/aot.factories} cover what
 * Hibernate and Liquibase load of Prism by name or through {@code ServiceLoader}.
 */
class PrismRuntimeHintsTests {

	@Test
	void registersHintsForEverythingLoadedByNameOrServiceLoader() {
		RuntimeHints hints = new RuntimeHints();
		SpringFactoriesLoader.forResourceLocation("META-INF/spring/aot.factories")
			.load(RuntimeHintsRegistrar.class)
			.forEach((registrar) -> registrar.registerHints(hints, getClass().getClassLoader()));
		for (Class<?> type : new Class<?>[] { PrismSqliteDialect.class, SoftDeleteSqmTranslatorFactory.class,
				SoftDeleteIntegrator.class, ClockFunction.Contributor.class, TimestampListener.class,
				SqliteBigIntType.class, CreateLiveUniqueIndexChange.class, SqliteAddColumnGenerator.class,
				IdListFunction.Contributor.class }) {
			assertThat(RuntimeHintsPredicates.reflection().onType(type)
				.withMemberCategory(MemberCategory.INVOKE_PUBLIC_CONSTRUCTORS)).as(type.getName()).accepts(hints);
		}
		assertThat(RuntimeHintsPredicates.reflection().onType(SoftDeleteStateManagement.class)
			.withMemberCategory(MemberCategory.ACCESS_PUBLIC_FIELDS)).accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection()
			.onType(TypeReference.of(ClassUtils.resolveClassName("dev.prism.entity.package-info", null)))).accepts(hints);
		for (String service : new String[] { "org.hibernate.integrator.spi.Integrator",
				"org.hibernate.boot.model.FunctionContributor", "liquibase.change.Change",
				"liquibase.lockservice.LockService" }) {
			assertThat(RuntimeHintsPredicates.resource().forResource("META-INF/services/" + service)).as(service)
				.accepts(hints);
		}
	}

}
