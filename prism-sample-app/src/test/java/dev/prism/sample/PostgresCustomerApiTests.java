package dev.prism.sample;

import dev.prism.postgresql.PrismPostgresDialect;
import dev.prism.test.TestDatabases;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

@ContextConfiguration(initializers = TestDatabases.Postgres.class)
class PostgresCustomerApiTests extends AbstractCustomerApiTests {

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Test
	void hibernateUsesPrismsPostgresDialect() {
		assertThat(this.entityManagerFactory.unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect())
			.isInstanceOf(PrismPostgresDialect.class);
	}

}
