package dev.prism.event;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

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
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Prism's entity events, {@code @DeletedBy} and Spring Data's last-modified columns
 * through every delete path (repository bulk and single methods, {@code EntityManager}
 * removes with their cascades and orphan removal, derived and JPQL deletes), run against
 * each database by a subclass.
 */
@SpringBootTest(classes = { TestApplication.class, AbstractEntityEventTests.Listeners.class })
@DirtiesContext
abstract class AbstractEntityEventTests {

	@Autowired
	TeamRepository teams;

	@Autowired
	MemberRepository members;

	@Autowired
	EntityManager entityManager;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Recorder recorder;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void cleanDatabase() {
		Teams.deleteAll(this.jdbc);
		this.recorder.clear();
	}

	private Team team(String name, String... memberNames) {
		return Teams.persist(this.transactions, this.entityManager, name, memberNames);
	}

	private static List<Object> memberIds(Team... teams) {
		List<Object> ids = new ArrayList<>();
		for (Team team : teams) {
			team.getMembers().forEach((member) -> ids.add(member.getId()));
		}
		return ids;
	}

	private String column(String table, String column, Long id) {
		return this.jdbc.queryForObject("select " + column + " from " + table + " where id = ?", String.class, id);
	}

	@Test
	void bulkSoftDeletePublishesOneEventPerTypeIncludingTheCascade() {
		Team red = team("Red", "Ann", "Bob");
		Team blue = team("Blue", "Cid");
		this.teams.softDeleteAllById(List.of(red.getId(), blue.getId()));
		assertThat(this.recorder.events).extracting(EntityEvent::getClass, EntityEvent::getEntityType,
				EntityEvent::isCascade)
			.containsExactly(tuple(SoftDeletedEvent.class, Team.class, false),
					tuple(SoftDeletedEvent.class, Member.class, true));
		assertThat(this.recorder.events.get(0).getIds()).containsExactlyInAnyOrder(red.getId(), blue.getId());
		assertThat(this.recorder.events.get(1).getIds()).containsExactlyInAnyOrderElementsOf(memberIds(red, blue));
		assertThat(this.recorder.memberSoftDeletes).hasSize(1);
	}

	@Test
	void bulkSoftDeleteOfTenThousandIdsIsOneEvent() {
		List<Team> many = IntStream.range(0, 10_000).mapToObj((i) -> new Team("t" + i)).toList();
		this.teams.insertAll(many);
		List<Long> ids = many.stream().map(Team::getId).toList();
		assertThat(this.teams.softDeleteAllById(ids)).isEqualTo(10_000);
		assertThat(this.recorder.events).singleElement().satisfies((event) -> {
			assertThat(event).isInstanceOf(SoftDeletedEvent.class);
			assertThat(event.getIds()).hasSize(10_000).containsExactlyInAnyOrderElementsOf(ids);
		});
	}

	@Test
	void singleDeleteAndRestorePublishTheirEventsAndTheCascade() {
		Team red = team("Red", "Ann");
		this.teams.delete(this.teams.findById(red.getId()).orElseThrow());
		this.teams.restoreById(red.getId());
		assertThat(this.recorder.events).extracting(EntityEvent::getClass, EntityEvent::getEntityType,
				EntityEvent::isCascade, EntityEvent::getIds)
			.containsExactly(tuple(SoftDeletedEvent.class, Team.class, false, List.of(red.getId())),
					tuple(SoftDeletedEvent.class, Member.class, true, memberIds(red)),
					tuple(RestoredEvent.class, Team.class, false, List.of(red.getId())),
					tuple(RestoredEvent.class, Member.class, true, memberIds(red)));
	}

	@Test
	void entityManagerRemoveWithItsCascadePublishesOneEventPerTypeWhenFlushed() {
		Team red = team("Red", "Ann", "Bob");
		this.transactions.executeWithoutResult(
				(status) -> this.entityManager.remove(this.entityManager.find(Team.class, red.getId())));
		assertThat(this.recorder.events).extracting(EntityEvent::getClass, EntityEvent::getEntityType,
				EntityEvent::isCascade, EntityEvent::getIds)
			.containsExactly(tuple(SoftDeletedEvent.class, Team.class, false, List.of(red.getId())),
					tuple(SoftDeletedEvent.class, Member.class, true, memberIds(red)));
	}

	@Test
	void orphanRemovalAndDerivedDeletesPublish() {
		Team red = team("Red", "Ann", "Bob");
		this.transactions.executeWithoutResult((status) -> this.entityManager.find(Team.class, red.getId())
			.getMembers()
			.removeIf((member) -> member.getName().equals("Ann")));
		this.members.removeByName("Bob");
		assertThat(this.recorder.events).extracting(EntityEvent::getClass, EntityEvent::getEntityType,
				EntityEvent::isCascade, EntityEvent::getIds)
			.containsExactly(tuple(SoftDeletedEvent.class, Member.class, false, memberIds(red).subList(0, 1)),
					tuple(SoftDeletedEvent.class, Member.class, false, memberIds(red).subList(1, 2)));
	}

	@Test
	void jpqlDeletePublishesWithUnknownIds() {
		team("Red", "Ann", "Bob");
		assertThat(this.members.deleteNamed("A")).isOne();
		assertThat(this.recorder.events).singleElement().satisfies((event) -> {
			assertThat(event).isInstanceOf(SoftDeletedEvent.class);
			assertThat(event.getEntityType()).isEqualTo(Member.class);
			assertThat(event.isIdsKnown()).isFalse();
			assertThat(event.getIds()).isEmpty();
		});
	}

	@Test
	void hardDeletesPublishThroughEntityManagerAndBulkPaths() {
		Team red = team("Red", "Ann");
		Team blue = team("Blue", "Bob");
		this.teams.hardDeleteById(red.getId());
		this.teams.hardDeleteAllById(List.of(blue.getId()));
		assertThat(this.recorder.events).extracting(EntityEvent::getClass, EntityEvent::getEntityType,
				EntityEvent::isCascade, EntityEvent::getIds)
			.containsExactly(tuple(HardDeletedEvent.class, Team.class, false, List.of(red.getId())),
					tuple(HardDeletedEvent.class, Member.class, true, memberIds(red)),
					tuple(HardDeletedEvent.class, Team.class, false, List.of(blue.getId())),
					tuple(HardDeletedEvent.class, Member.class, true, memberIds(blue)));
	}

	@Test
	void aThrowingListenerRollsTheOperationBack() {
		Team red = team("Red", "Ann");
		this.recorder.veto = true;
		assertThatExceptionOfType(RuntimeException.class)
			.isThrownBy(() -> this.teams.softDeleteAllById(List.of(red.getId())));
		assertThatExceptionOfType(RuntimeException.class).isThrownBy(() -> this.transactions.executeWithoutResult(
				(status) -> this.entityManager.remove(this.entityManager.find(Team.class, red.getId()))));
		assertThat(this.jdbc.queryForObject("select count(*) from members where deleted_at is null", Long.class))
			.isOne();
		assertThat(this.jdbc.queryForObject("select count(*) from teams where deleted_at is null", Long.class))
			.isOne();
		assertThat(this.recorder.committed).isEmpty();
	}

	@Test
	void transactionalListenersRunAfterCommit() {
		Team red = team("Red", "Ann");
		this.transactions.executeWithoutResult((status) -> {
			this.teams.softDeleteAllById(List.of(red.getId()));
			assertThat(this.recorder.committed).isEmpty();
		});
		assertThat(this.recorder.committed).hasSize(2);
		this.transactions.executeWithoutResult((status) -> {
			this.teams.restoreById(red.getId());
			status.setRollbackOnly();
		});
		assertThat(this.recorder.committed).hasSize(2);
	}

	@Test
	void deletedByIsSetOnEverySoftDeleteAndClearedOnRestore() {
		Team red = team("Red", "Ann");
		Team blue = team("Blue", "Bob");
		Long ann = red.getMembers().get(0).getId();
		this.teams.softDeleteAllById(List.of(red.getId()));
		assertThat(column("teams", "deleted_by", red.getId())).isEqualTo("ann");
		assertThat(column("members", "deleted_by", ann)).isEqualTo("ann");
		this.recorder.auditor = "bea";
		this.teams.restoreById(red.getId());
		assertThat(column("teams", "deleted_by", red.getId())).isNull();
		assertThat(column("members", "deleted_by", ann)).isNull();
		this.transactions.executeWithoutResult(
				(status) -> this.entityManager.remove(this.entityManager.find(Team.class, blue.getId())));
		assertThat(column("teams", "deleted_by", blue.getId())).isEqualTo("bea");
		assertThat(column("members", "deleted_by", blue.getMembers().get(0).getId())).isEqualTo("bea");
		this.recorder.auditor = "cid";
		this.members.deleteNamed("A");
		assertThat(column("members", "deleted_by", ann)).isEqualTo("cid");
		Team deleted = this.teams.findByIdIncludingDeleted(blue.getId()).orElseThrow();
		assertThat(deleted.getDeletedBy()).isEqualTo("bea");
	}

	@Test
	void everyBulkOperationStampsItsOwnAuditor() {
		// Later operations of a kind run the statements the first one built; the auditor is
		// a parameter of those statements, bound again for every operation.
		Team red = team("Red", "Ann");
		Team blue = team("Blue", "Bob");
		Team green = team("Green", "Cid");
		this.recorder.auditor = "bea";
		Instant redDeleted = this.clock.advance(Duration.ofMinutes(1));
		this.teams.softDeleteAllById(List.of(red.getId()));
		this.recorder.auditor = "cid";
		Instant blueDeleted = this.clock.advance(Duration.ofMinutes(1));
		this.teams.softDeleteAllById(List.of(blue.getId()));
		this.recorder.auditor = null;
		this.teams.softDeleteAllById(List.of(green.getId()));
		assertThat(column("teams", "deleted_by", red.getId())).isEqualTo("bea");
		assertThat(column("members", "deleted_by", red.getMembers().get(0).getId())).isEqualTo("bea");
		assertThat(column("teams", "deleted_by", blue.getId())).isEqualTo("cid");
		assertThat(column("teams", "modified_by", blue.getId())).isEqualTo("cid");
		assertThat(column("members", "deleted_by", blue.getMembers().get(0).getId())).isEqualTo("cid");
		assertThat(modifiedOn(red)).isEqualTo(redDeleted.toEpochMilli());
		assertThat(modifiedOn(blue)).isEqualTo(blueDeleted.toEpochMilli());
		assertThat(column("teams", "deleted_by", green.getId())).isNull();
		assertThat(column("teams", "modified_by", green.getId())).isNull();
		this.recorder.auditor = "dan";
		this.teams.restoreAllById(List.of(red.getId()));
		this.recorder.auditor = "eve";
		this.teams.restoreAllById(List.of(blue.getId()));
		assertThat(column("teams", "modified_by", red.getId())).isEqualTo("dan");
		assertThat(column("teams", "modified_by", blue.getId())).isEqualTo("eve");
		assertThat(column("teams", "deleted_by", blue.getId())).isNull();
	}

	private long modifiedOn(Team team) {
		return this.jdbc.queryForObject("select modified_on from teams where id = ?", Long.class, team.getId());
	}

	@Test
	void savingAnEntityNeverChangesDeletedBy() {
		Team red = team("Red");
		this.teams.softDeleteAllById(List.of(red.getId()));
		this.transactions.executeWithoutResult((status) -> {
			Team team = this.teams.findByIdIncludingDeleted(red.getId()).orElseThrow();
			this.jdbc.update("update teams set deleted_by = 'other' where id = ?", red.getId());
			this.teams.save(team);
		});
		assertThat(column("teams", "deleted_by", red.getId())).isEqualTo("other");
	}

	@Test
	void bulkStatementsAndEntityRemovesStampSpringDataLastModifiedBy() {
		Team red = team("Red");
		this.recorder.auditor = "bea";
		this.teams.updateAllById(List.of(red.getId()), Map.of("name", "Rouge"));
		assertThat(column("teams", "modified_by", red.getId())).isEqualTo("bea");
		this.recorder.auditor = "cid";
		this.teams.softDeleteAllById(List.of(red.getId()));
		assertThat(column("teams", "modified_by", red.getId())).isEqualTo("cid");
		this.recorder.auditor = "dan";
		this.teams.restoreAllById(List.of(red.getId()));
		assertThat(column("teams", "modified_by", red.getId())).isEqualTo("dan");
		this.recorder.auditor = "eve";
		this.transactions.executeWithoutResult(
				(status) -> this.entityManager.remove(this.entityManager.find(Team.class, red.getId())));
		assertThat(column("teams", "modified_by", red.getId())).isEqualTo("eve");
	}

	/**
	 * Records the events it receives, can veto them, and provides the auditor.
	 */
	static class Recorder {

		final List<EntityEvent<?>> events = new CopyOnWriteArrayList<>();

		final List<SoftDeletedEvent<Member>> memberSoftDeletes = new CopyOnWriteArrayList<>();

		final List<EntityEvent<?>> committed = new CopyOnWriteArrayList<>();

		volatile boolean veto;

		volatile String auditor;

		void clear() {
			this.events.clear();
			this.memberSoftDeletes.clear();
			this.committed.clear();
			this.veto = false;
			this.auditor = "ann";
		}

		@EventListener
		void on(EntityEvent<?> event) {
			if (this.veto) {
				throw new IllegalStateException("Vetoed " + event);
			}
			this.events.add(event);
		}

		@EventListener
		void onMember(SoftDeletedEvent<Member> event) {
			this.memberSoftDeletes.add(event);
		}

		@TransactionalEventListener
		void afterCommit(EntityEvent<?> event) {
			this.committed.add(event);
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	@EnableJpaAuditing
	static class Listeners {

		@Bean
		Recorder recorder() {
			return new Recorder();
		}

		@Bean
		AuditorAware<String> auditorAware(Recorder recorder) {
			return () -> Optional.ofNullable(recorder.auditor);
		}

	}

}
