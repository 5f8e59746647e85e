package dev.prism.entity;

import dev.prism.entity.handwritten.HandwrittenApplication;
import dev.prism.entity.handwritten.Lamp;
import dev.prism.entity.handwritten.LampRepository;
import dev.prism.test.TestDatabases;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = HandwrittenApplication.class,
		properties = { "spring.liquibase.enabled=false", "spring.jpa.hibernate.ddl-auto=create-drop" })
@ContextConfiguration(initializers = TestDatabases.Sqlite.class)
@DirtiesContext
class SoftDeleteFilterDefinitionContributorTests {

	@Autowired
	private LampRepository lamps;

	@Test
	void handwrittenSoftDeletableEntityWorksWithoutPrismBaseClasses() {
		Lamp lamp = this.lamps.save(new Lamp());
		this.lamps.deleteById(lamp.getId());
		assertThat(this.lamps.findById(lamp.getId())).isEmpty();
		assertThat(this.lamps.count()).isZero();
		assertThat(this.lamps.countDeleted()).isOne();
	}

}
