package dev.prism.liveindex;

import dev.prism.entity.PrismEntityAutoConfiguration;
import dev.prism.sqlite.PrismSqliteAutoConfiguration;
import dev.prism.test.TestDatabases;
import dev.prism.testapp.TestApplication;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class PrismLiveIndexAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, LiquibaseAutoConfiguration.class,
				HibernateJpaAutoConfiguration.class, PrismEntityAutoConfiguration.class,
				PrismSqliteAutoConfiguration.class, PrismLiveIndexAutoConfiguration.class))
		.withUserConfiguration(EntitiesConfiguration.class)
		.withPropertyValues("spring.liquibase.change-log=classpath:db/changelog/db.changelog-master.yaml")
		.withPropertyValues(TestDatabases.sqlite().properties());

	@Test
	void checksUniqueIndexesByDefault() {
		this.contextRunner.run((context) -> assertThat(context).hasSingleBean(PlainUniqueIndexCheck.class));
	}

	@Test
	void backsOffWhenTheCheckIsSwitchedOff() {
		this.contextRunner.withPropertyValues("prism.live-index.check=false")
			.run((context) -> assertThat(context).doesNotHaveBean(PlainUniqueIndexCheck.class));
	}

	@Configuration(proxyBeanMethods = false)
	@AutoConfigurationPackage(basePackageClasses = TestApplication.class)
	static class EntitiesConfiguration {

	}

}
