package dev.prism.sample;

import dev.prism.test.TestDatabases;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@DirtiesContext
@ContextConfiguration(initializers = TestDatabases.Sqlite.class)
class PrismSampleApplicationTests {

	@Autowired
	private CustomerRepository customers;

	@Test
	void contextLoadsAndMigratesSqliteDatabase() {
		assertThat(this.customers.countIncludingDeleted()).isZero();
	}

}
