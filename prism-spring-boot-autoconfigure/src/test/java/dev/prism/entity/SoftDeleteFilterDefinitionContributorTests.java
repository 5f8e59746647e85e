package dev.prism.entity;

import dev.prism.test.TestDatabases;
import dev.prism.testapp.Flag;
import dev.prism.testapp.FlagRepository;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.orm.jpa.persistenceunit.PersistenceManagedTypes;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = SoftDeleteFilterDefinitionContributorTests.FlagOnlyApplication.class,
		properties = { "spring.liquibase.enabled=false", "spring.jpa.hibernate.ddl-auto=create-drop" })
@ContextConfiguration(initializers = TestDatabases.Sqlite.class)
@DirtiesContext
class SoftDeleteFilterDefinitionContributorTests {

	@Autowired
	private FlagRepository flags;

	@Test
	void entityImplementingSoftDeletableWorksWithoutAnyPrismBaseClassInThePersistenceUnit() {
		Flag flag = this.flags.save(new Flag("beta"));
		this.flags.deleteById(flag.getId());
		assertThat(this.flags.findById(flag.getId())).isEmpty();
		assertThat(this.flags.count()).isZero();
		assertThat(this.flags.countDeleted()).isOne();
	}

	/**
	 * An application whose only entity, {@link Flag}, implements {@link SoftDeletable} by
	 * hand.
	 */
	@SpringBootConfiguration
	@EnableAutoConfiguration
	@EnableJpaRepositories(basePackageClasses = FlagRepository.class,
			includeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = FlagRepository.class))
	static class FlagOnlyApplication {

		@Bean
		PersistenceManagedTypes persistenceManagedTypes() {
			return PersistenceManagedTypes.of(Flag.class.getName());
		}

	}

}
