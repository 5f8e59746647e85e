package dev.prism.event;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class PrismEventAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(PrismEventAutoConfiguration.class));

	@Test
	void handsAnEnabledPublisherToHibernate() {
		this.contextRunner.run((context) -> {
			Map<String, Object> settings = new HashMap<>();
			context.getBean(HibernatePropertiesCustomizer.class).customize(settings);
			assertThat(PrismEvents.of(settings).isEnabled()).isTrue();
		});
	}

	@Test
	void backsOffWhenEventsAreDisabled() {
		this.contextRunner.withPropertyValues("prism.events.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(HibernatePropertiesCustomizer.class));
	}

	@Test
	void backsOffWithoutHibernate() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(HibernatePropertiesCustomizer.class))
			.run((context) -> assertThat(context).doesNotHaveBean(PrismEventProperties.class));
	}

}
