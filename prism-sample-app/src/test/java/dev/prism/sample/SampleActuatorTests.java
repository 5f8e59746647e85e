package dev.prism.sample;

import dev.prism.test.TestDatabases;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The sample app's {@code /actuator/prism} endpoint, {@code prism} health and migration
 * metrics.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
@ContextConfiguration(initializers = TestDatabases.Sqlite.class)
class SampleActuatorTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private MeterRegistry meterRegistry;

	@Test
	void prismEndpointListsTheAppliedChangesetsAndTheSeeders() throws Exception {
		this.mvc.perform(get("/actuator/prism"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.changesets.applied", hasSize(5)))
			.andExpect(jsonPath("$.changesets.applied[0].name")
				.value("db/changelog/changes/001-create-customers.yaml::001-create-customers::prism"))
			.andExpect(jsonPath("$.changesets.pending", hasSize(0)))
			.andExpect(jsonPath("$.seeders[*].name").isNotEmpty())
			.andExpect(jsonPath("$.locks", hasSize(0)))
			.andExpect(jsonPath("$.environment").value("default"));
	}

	@Test
	void prismHealthIsUpWithEveryChangesetApplied() throws Exception {
		this.mvc.perform(get("/actuator/health/prism"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.details.applied").value(5))
			.andExpect(jsonPath("$.details.pending", hasSize(0)));
	}

	@Test
	void migrationIsTimedAndItsChangesetsCounted() {
		assertThat(this.meterRegistry.get("prism.migration.duration").timer().count()).isEqualTo(1);
		assertThat(this.meterRegistry.get("prism.migration.changesets.applied").counter().count()).isEqualTo(5);
	}

}
