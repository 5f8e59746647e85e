package dev.prism.sample;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import com.jayway.jsonpath.JsonPath;
import dev.prism.prune.PruneCommand;
import dev.prism.prune.PruneSchedule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The sample app's events, {@code @DeletedBy} from the {@code X-User} header and its
 * 90-day retention, run against each database by a subclass, on a clock the test moves.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
@Import(AbstractDeletionFeaturesTests.ClockConfiguration.class)
abstract class AbstractDeletionFeaturesTests {

	static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MovableClock clock;

	@Autowired
	PruneCommand prune;

	@Autowired
	PruneSchedule schedule;

	@BeforeEach
	void deleteAllRows() {
		this.jdbc.update("DELETE FROM orders");
		this.jdbc.update("DELETE FROM customers");
		this.clock.instant = START;
	}

	private long create(String email) throws Exception {
		String body = this.mvc
			.perform(post("/api/customers").contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"Acme\", \"email\": \"" + email + "\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	@Test
	void softDeleteRecordsTheUserOfTheRequestAndRestoreClearsIt(CapturedOutput output) throws Exception {
		long id = create("acme@example.com");
		this.mvc.perform(delete("/api/customers/" + id).header("X-User", "alice")).andExpect(status().isNoContent());
		assertThat(this.jdbc.queryForObject("SELECT deleted_by FROM customers WHERE id = ?", String.class, id))
			.isEqualTo("alice");
		assertThat(output).contains("SoftDeletedEvent[Customer, ids=[" + id + "]]")
			.contains("Customers [" + id + "] soft deleted; restore them within 90 days");
		this.mvc.perform(post("/api/customers/" + id + "/restore").header("X-User", "bob"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.deletedBy").value(nullValue()));
		assertThat(this.jdbc.queryForObject("SELECT deleted_by FROM customers WHERE id = ?", String.class, id))
			.isNull();
		assertThat(output).contains("RestoredEvent[Customer, ids=[" + id + "]]");
	}

	@Test
	void pruningRemovesCustomersDeletedMoreThanNinetyDaysAgo(CapturedOutput output) throws Exception {
		long old = create("old@example.com");
		this.mvc.perform(delete("/api/customers/" + old)).andExpect(status().isNoContent());
		this.clock.instant = START.plus(Duration.ofDays(80));
		long recent = create("recent@example.com");
		this.mvc.perform(delete("/api/customers/" + recent)).andExpect(status().isNoContent());
		this.clock.instant = START.plus(Duration.ofDays(91));
		StringWriter out = new StringWriter();
		this.prune.run(new PrintWriter(out, true));
		assertThat(out.toString()).contains("Pruned Customer: 1 row(s) deleted more than PT2160H ago");
		assertThat(this.jdbc.queryForList("SELECT id FROM customers", Long.class)).containsExactly(recent);
		assertThat(output).contains("PrunedEvent[Customer, ids=[" + old + "]]");
		assertThat(this.schedule.isRunning()).isTrue();
	}

	/**
	 * A clock the test moves.
	 */
	static class MovableClock extends Clock {

		volatile Instant instant = START;

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.instant;
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class ClockConfiguration {

		@Bean
		MovableClock clock() {
			return new MovableClock();
		}

	}

}
