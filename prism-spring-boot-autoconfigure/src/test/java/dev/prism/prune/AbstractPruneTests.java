package dev.prism.prune;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import dev.prism.event.PrunedEvent;
import dev.prism.testapp.Member;
import dev.prism.testapp.MemberRepository;
import dev.prism.testapp.MutableClock;
import dev.prism.testapp.Team;
import dev.prism.testapp.TeamRepository;
import dev.prism.testapp.Teams;
import dev.prism.testapp.TestApplication;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Pruning with {@code prism.prune.retention=P30D} and {@code @PruneAfter("P1D")} on
 * {@link Member}, run against each database by a subclass.
 */
@SpringBootTest(classes = { TestApplication.class, AbstractPruneTests.Events.class },
		properties = { "prism.prune.retention=P30D", "prism.prune.chunk-size=1000" })
@DirtiesContext
abstract class AbstractPruneTests {

	static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

	@Autowired
	Pruner pruner;

	@Autowired
	PruneCommand command;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TeamRepository teams;

	@Autowired
	MemberRepository members;

	@Autowired
	EntityManager entityManager;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MutableClock clock;

	@Autowired
	PrunedEvents events;

	@BeforeEach
	void cleanDatabase() {
		Teams.deleteAll(this.jdbc);
		this.clock.set(NOW);
		this.events.clear();
	}

	private Team team(String name, String... memberNames) {
		return Teams.persist(this.transactions, this.entityManager, name, memberNames);
	}

	private void deletedAgo(Duration ago, Runnable delete) {
		this.clock.set(NOW.minus(ago));
		delete.run();
		this.clock.set(NOW);
	}

	private List<String> names(String table) {
		return this.jdbc.queryForList("select name from " + table + " order by name", String.class);
	}

	@Test
	void prunesRowsDeletedLongerAgoThanTheirRetention() {
		Team expired = team("Expired", "OfExpired");
		Team recent = team("Recent");
		Team live = team("Live", "Alive", "Gone", "Fresh");
		deletedAgo(Duration.ofDays(31), () -> this.teams.softDeleteAllById(List.of(expired.getId())));
		deletedAgo(Duration.ofDays(2), () -> this.teams.softDeleteAllById(List.of(recent.getId())));
		deletedAgo(Duration.ofDays(2), () -> this.members.deleteById(live.getMembers().get(1).getId()));
		deletedAgo(Duration.ofHours(1), () -> this.members.deleteById(live.getMembers().get(2).getId()));
		List<PruneResult> results = this.pruner.prune(false);
		assertThat(names("teams")).containsExactly("Live", "Recent");
		assertThat(names("members")).containsExactly("Alive", "Fresh");
		assertThat(results).extracting(PruneResult::entityType, PruneResult::rows)
			.contains(tuple(Team.class, 1L), tuple(Member.class, 2L));
		assertThat(results).extracting(PruneResult::entityType).containsSubsequence(Member.class, Team.class);
		assertThat(this.events).extracting((event) -> event.getEntityType(), (event) -> event.getIds().size())
			.containsExactly(tuple(Member.class, 2), tuple(Team.class, 1));
	}

	@Test
	void pretendPrintsWhatItWouldRemoveAndRemovesNothing() {
		Team expired = team("Expired");
		Team other = team("Other");
		deletedAgo(Duration.ofDays(31), () -> this.teams.softDeleteAllById(List.of(expired.getId(), other.getId())));
		StringWriter out = new StringWriter();
		new PruneCommand(this.pruner, () -> true).run(new PrintWriter(out, true));
		assertThat(out.toString()).contains("Would prune Team: 2 row(s) deleted more than PT720H ago")
			.contains("Would prune Member: 0 row(s) deleted more than PT24H ago")
			.contains("2 row(s) would be pruned; nothing was removed");
		assertThat(names("teams")).containsExactly("Expired", "Other");
		assertThat(this.events).isEmpty();
	}

	@Test
	void prunesTenThousandRowsInChunksOfBoundedTransactions() {
		List<Team> many = IntStream.range(0, 10_500).mapToObj((i) -> new Team("t" + i)).toList();
		this.teams.insertAll(many);
		deletedAgo(Duration.ofDays(60), () -> this.teams.softDeleteAllById(many.stream().map(Team::getId).toList()));
		StringWriter out = new StringWriter();
		this.command.run(new PrintWriter(out, true));
		assertThat(out.toString()).contains("Pruned Team: 10500 row(s)").contains("10500 row(s) pruned.");
		assertThat(this.jdbc.queryForObject("select count(*) from teams", Long.class)).isZero();
		assertThat(this.events).hasSize(11)
			.allSatisfy((event) -> assertThat(event.getIds()).hasSizeLessThanOrEqualTo(1000));
		assertThat(this.events.stream().mapToInt((event) -> event.getIds().size()).sum()).isEqualTo(10_500);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Events {

		@Bean
		PrunedEvents prunedEvents() {
			return new PrunedEvents();
		}

	}

	static class PrunedEvents extends CopyOnWriteArrayList<PrunedEvent<?>> {

		@EventListener
		void on(PrunedEvent<?> event) {
			add(event);
		}

	}

}
