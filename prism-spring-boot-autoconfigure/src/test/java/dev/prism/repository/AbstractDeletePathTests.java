package dev.prism.repository;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import dev.prism.entity.SoftDeletable;
import dev.prism.testapp.Badge;
import dev.prism.testapp.Charter;
import dev.prism.testapp.Booking;
import dev.prism.testapp.BookingRepository;
import dev.prism.testapp.Job;
import dev.prism.testapp.JobRepository;
import dev.prism.testapp.Member;
import dev.prism.testapp.MemberRepository;
import dev.prism.testapp.MutableClock;
import dev.prism.testapp.PlainMemberRepository;
import dev.prism.testapp.Tag;
import dev.prism.testapp.TagRepository;
import dev.prism.testapp.Team;
import dev.prism.testapp.TeamRepository;
import dev.prism.testapp.Teams;
import dev.prism.testapp.TestApplication;
import jakarta.persistence.EntityManager;
import org.hibernate.Hibernate;
import org.hibernate.Session;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.jpa.domain.DeleteSpecification;
import org.springframework.data.jpa.domain.PredicateSpecification;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.domain.UpdateSpecification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionTimedOutException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Every JPA path that deletes or writes a soft-deletable row, run against each database by
 * a subclass: none of them removes a row except the {@code hardDelete…} methods.
 */
@SpringBootTest(classes = TestApplication.class, properties = {
		"spring.jpa.properties.hibernate.query.sqm.translator=dev.prism.repository.MutationTranslationCounter",
		"spring.jpa.properties.hibernate.session_factory.statement_inspector=dev.prism.repository.RecordingStatementInspector" })
@DirtiesContext
abstract class AbstractDeletePathTests {

	static final Instant START = Instant.parse("2026-03-01T10:00:00.123456Z");

	@Autowired
	TeamRepository teams;

	@Autowired
	MemberRepository members;

	@Autowired
	PlainMemberRepository plainMembers;

	@Autowired
	JobRepository jobs;

	@Autowired
	BookingRepository bookings;

	@Autowired
	TagRepository tags;

	@Autowired
	SoftDeleteScope scope;

	@Autowired
	EntityManager entityManager;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	PlatformTransactionManager transactionManager;

	@BeforeEach
	void cleanDatabase() {
		Teams.deleteAll(this.jdbc);
		this.clock.set(START);
		Member.callbacks.clear();
	}

	private Team team(String name, String... memberNames) {
		return Teams.persist(this.transactions, this.entityManager, name, memberNames);
	}

	private Instant advance() {
		return this.clock.advance(Duration.ofMinutes(1)).truncatedTo(ChronoUnit.MICROS);
	}

	private long rows(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	private long deletedRows(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table + " where deleted_at is not null", Long.class);
	}

	private Member member(Long id) {
		return this.members.findByIdIncludingDeleted(id).orElseThrow();
	}

	private Long memberId(Team team, int index) {
		return team.getMembers().get(index).getId();
	}

	private void hireDeletedCookAnnAndChefBob() {
		Team team = team("Red", "Ann", "Bob");
		this.transactions.executeWithoutResult((status) -> {
			this.entityManager.persist(new Job(this.entityManager.find(Member.class, memberId(team, 0)), "cook"));
			this.entityManager.persist(new Job(this.entityManager.find(Member.class, memberId(team, 1)), "chef"));
		});
		this.members.deleteById(memberId(team, 0));
	}

	private List<String> jobTitles(String query) {
		return this.entityManager.createQuery(query, String.class).getResultList();
	}

	// Deletes

	@Test
	void derivedDeleteAndRemoveQueriesSoftDelete() {
		Team team = team("Red", "Ann", "Bob");
		Instant now = advance();
		assertThat(this.members.removeByName("Ann")).isOne();
		assertThat(this.teams.deleteByName("Red")).isOne();
		assertThat(rows("members")).isEqualTo(2);
		assertThat(rows("teams")).isOne();
		assertThat(member(memberId(team, 0)).getDeletedAt()).isEqualTo(now);
		assertThat(member(memberId(team, 1)).getDeletedAt()).isEqualTo(now);
		assertThat(this.members.findAll()).isEmpty();
	}

	@Test
	void derivedDeleteThroughAnAssociationSoftDeletes() {
		Team team = team("Red", "Ann", "Bob");
		assertThat(this.members.deleteByTeam(team)).isEqualTo(2);
		assertThat(rows("members")).isEqualTo(2);
		assertThat(deletedRows("members")).isEqualTo(2);
	}

	@Test
	void entityManagerRemoveSoftDeletesAndRunsRemoveCallbacks() {
		Team team = team("Red", "Ann");
		Instant now = advance();
		this.transactions.executeWithoutResult((status) -> this.entityManager
			.remove(this.entityManager.find(Member.class, memberId(team, 0))));
		Member ann = member(memberId(team, 0));
		assertThat(ann.getDeletedAt()).isEqualTo(now);
		assertThat(ann.getUpdatedAt()).isEqualTo(now);
		assertThat(Member.callbacks).containsExactly("PreRemove:Ann", "PostRemove:Ann");
	}

	@Test
	void removingAnUnloadedReferenceSoftDeletes() {
		Booking booking = this.bookings.save(new Booking("101", 1));
		Instant now = advance();
		this.transactions.executeWithoutResult((status) -> this.entityManager
			.remove(this.entityManager.getReference(Booking.class, booking.getId())));
		assertThat(rows("bookings")).isOne();
		assertThat(this.bookings.findByIdIncludingDeleted(booking.getId()).orElseThrow().getDeletedAt())
			.isEqualTo(now);
	}

	@Test
	void orphanRemovalSoftDeletes() {
		Team team = team("Red", "Ann", "Bob");
		this.transactions.executeWithoutResult((status) -> this.entityManager.find(Team.class, team.getId())
			.getMembers()
			.removeIf((member) -> member.getName().equals("Ann")));
		assertThat(rows("members")).isEqualTo(2);
		assertThat(member(memberId(team, 0)).isDeleted()).isTrue();
		assertThat(member(memberId(team, 1)).isDeleted()).isFalse();
	}

	@Test
	void cascadeSoftDeletesSoftDeletableChildrenAndLeavesTheOthersAndTheLinks() {
		Team team = team("Red", "Ann", "Bob");
		Tag tag = this.tags.save(new Tag("blue"));
		this.transactions.executeWithoutResult((status) -> {
			Team managed = this.entityManager.find(Team.class, team.getId());
			managed.getTags().add(this.entityManager.find(Tag.class, tag.getId()));
			this.entityManager.persist(new Badge(managed, "gold"));
		});
		Instant now = advance();
		this.teams.delete(team);
		assertThat(this.teams.findByIdIncludingDeleted(team.getId()).orElseThrow().getDeletedAt()).isEqualTo(now);
		assertThat(member(memberId(team, 0)).getDeletedAt()).isEqualTo(now);
		assertThat(member(memberId(team, 1)).getDeletedAt()).isEqualTo(now);
		assertThat(rows("badges")).isOne();
		assertThat(rows("team_tags")).isOne();
	}

	@Test
	void restoreBringsBackExactlyTheChildrenItsCascadeDeleted() {
		Team team = team("Red", "Ann", "Bob");
		Instant annDeleted = advance();
		this.members.deleteById(memberId(team, 0));
		advance();
		this.teams.deleteById(team.getId());
		assertThat(this.teams.restoreById(team.getId())).isTrue();
		assertThat(member(memberId(team, 0)).getDeletedAt()).isEqualTo(annDeleted);
		assertThat(member(memberId(team, 1)).isDeleted()).isFalse();
	}

	@Test
	void bulkSoftDeleteAndRestoreCascadeWithOneStatementPerTable() {
		Team red = team("Red", "Ann", "Bob");
		Team blue = team("Blue", "Cid");
		Instant annDeleted = advance();
		this.members.softDeleteAllById(List.of(memberId(red, 0)));
		Instant now = advance();
		assertThat(this.teams.softDeleteAllById(List.of(red.getId(), blue.getId()))).isEqualTo(2);
		assertThat(member(memberId(red, 1)).getDeletedAt()).isEqualTo(now);
		assertThat(member(memberId(blue, 0)).getDeletedAt()).isEqualTo(now);
		assertThat(member(memberId(red, 0)).getDeletedAt()).isEqualTo(annDeleted);
		assertThat(this.teams.restoreAllById(List.of(red.getId(), blue.getId()))).isEqualTo(2);
		assertThat(member(memberId(red, 1)).isDeleted()).isFalse();
		assertThat(member(memberId(blue, 0)).isDeleted()).isFalse();
		assertThat(member(memberId(red, 0)).getDeletedAt()).isEqualTo(annDeleted);
	}

	@Test
	void everyChunkOfABulkOperationChangesItsOwnRowsAndTheirCascade() {
		// 2,500 teams run in three chunks, which reuse the first chunk's statements and
		// their translation: each statement is translated once, for all three chunks, or
		// not at all when an earlier test's operation of the same kind translated it.
		List<Long> ids = this.transactions.execute((status) -> IntStream.range(0, 2_500).mapToObj((i) -> {
			Team team = new Team("Team " + i);
			team.addMember("Member " + i);
			this.entityManager.persist(team);
			return team.getId();
		}).toList());
		MutationTranslationCounter.translations.set(0);
		RecordingStatementInspector.statements.clear();
		assertThat(this.teams.softDeleteAllById(ids)).isEqualTo(2_500);
		// A parenthesized subquery in an IN list, "in ((select ...))", compares with its
		// first row only on older SQLite versions: the members' statement must select
		// their teams with "in (select ...)".
		assertThat(RecordingStatementInspector.statements).filteredOn((sql) -> sql.startsWith("update members"))
			.hasSize(3)
			.allSatisfy((sql) -> assertThat(sql).containsPattern("team_id in \\(select ").doesNotContain("((select"));
		assertThat(MutationTranslationCounter.translations.getAndSet(0)).as("members and teams").isLessThanOrEqualTo(2);
		assertThat(deletedRows("members")).isEqualTo(2_500);
		assertThat(this.teams.restoreAllById(ids.subList(0, 1_500))).isEqualTo(1_500);
		assertThat(MutationTranslationCounter.translations.getAndSet(0)).isLessThanOrEqualTo(2);
		assertThat(deletedRows("members")).isEqualTo(1_000);
		assertThat(deletedRows("teams")).isEqualTo(1_000);
		assertThat(this.teams.hardDeleteAllById(ids)).isEqualTo(2_500);
		assertThat(MutationTranslationCounter.translations.get()).as("badges, members and teams").isLessThanOrEqualTo(3);
		assertThat(rows("members")).isZero();
	}

	@Test
	void laterBulkOperationsRunTheFirstOnesStatementsWithTheirOwnValues() {
		Team red = team("Red", "Ann");
		Team blue = team("Blue", "Bob");
		Team green = team("Green", "Cid");
		Instant redDeleted = advance();
		this.teams.softDeleteAllById(List.of(red.getId()));
		MutationTranslationCounter.translations.set(0);
		Instant blueDeleted = advance();
		assertThat(this.teams.softDeleteAllById(List.of(blue.getId()))).isOne();
		assertThat(MutationTranslationCounter.translations.getAndSet(0)).isZero();
		assertThat(team(red).getDeletedAt()).isEqualTo(redDeleted);
		assertThat(member(memberId(red, 0)).getDeletedAt()).isEqualTo(redDeleted);
		assertThat(team(blue).getDeletedAt()).isEqualTo(blueDeleted);
		assertThat(team(blue).getUpdatedAt()).isEqualTo(blueDeleted);
		assertThat(member(memberId(blue, 0)).getDeletedAt()).isEqualTo(blueDeleted);
		assertThat(team(green).isDeleted()).isFalse();
		this.teams.restoreAllById(List.of(red.getId()));
		MutationTranslationCounter.translations.set(0);
		Instant blueRestored = advance();
		assertThat(this.teams.restoreAllById(List.of(blue.getId()))).isOne();
		assertThat(MutationTranslationCounter.translations.getAndSet(0)).isZero();
		assertThat(team(blue).isDeleted()).isFalse();
		assertThat(team(blue).getUpdatedAt()).isEqualTo(blueRestored);
		assertThat(member(memberId(blue, 0)).isDeleted()).isFalse();
		this.teams.hardDeleteAllById(List.of(red.getId()));
		MutationTranslationCounter.translations.set(0);
		assertThat(this.teams.hardDeleteAllById(List.of(blue.getId()))).isOne();
		assertThat(MutationTranslationCounter.translations.get()).isZero();
		assertThat(rows("teams")).isOne();
		assertThat(rows("members")).isOne();
	}

	@Test
	void laterDeletesAndRestoresOfOneEntityRunTheFirstOnesStatementsWithTheirOwnValues() {
		Team team = team("Red", "Ann", "Bob");
		Long ann = memberId(team, 0);
		Long bob = memberId(team, 1);
		this.members.delete(member(ann));
		MutationTranslationCounter.translations.set(0);
		Instant bobDeleted = advance();
		long version = member(bob).getVersion();
		this.members.delete(member(bob));
		assertThat(MutationTranslationCounter.translations.getAndSet(0)).isZero();
		assertThat(member(bob).getDeletedAt()).isEqualTo(bobDeleted);
		assertThat(member(bob).getVersion()).isEqualTo(version + 1);
		assertThat(member(ann).getDeletedAt()).isBefore(bobDeleted);
		this.members.restore(member(ann));
		MutationTranslationCounter.translations.set(0);
		Instant bobRestored = advance();
		this.members.restore(member(bob));
		assertThat(MutationTranslationCounter.translations.getAndSet(0)).isZero();
		assertThat(member(bob).isDeleted()).isFalse();
		assertThat(member(bob).getUpdatedAt()).isEqualTo(bobRestored);
		assertThat(member(bob).getVersion()).isEqualTo(version + 2);
	}

	@Test
	void bulkOperationsInASessionWithAnEnabledFilterKeepNoStatements() {
		// Hibernate writes an enabled filter's condition into the SQL: the statements of a
		// session with one must neither be kept for other sessions nor taken from them.
		Team red = team("Red", "Ann");
		Team blue = team("Blue", "Bob");
		this.transactions.executeWithoutResult((status) -> {
			this.entityManager.unwrap(Session.class).enableFilter(SoftDeletable.FILTER);
			MutationTranslationCounter.translations.set(0);
			assertThat(this.teams.softDeleteAllById(List.of(red.getId()))).isOne();
			assertThat(MutationTranslationCounter.translations.getAndSet(0)).isEqualTo(2);
			assertThat(this.teams.softDeleteAllById(List.of(blue.getId()))).isOne();
			assertThat(MutationTranslationCounter.translations.getAndSet(0)).isEqualTo(2);
		});
		assertThat(deletedRows("members")).isEqualTo(2);
	}

	@Test
	void bulkStatementsKeptFromAnEarlierOperationRunWithinTheTransactionTimeout() {
		Team red = team("Red", "Ann");
		Team blue = team("Blue", "Bob");
		this.teams.softDeleteAllById(List.of(red.getId()));
		TransactionTemplate timed = new TransactionTemplate(this.transactionManager);
		timed.setTimeout(1);
		assertThatExceptionOfType(TransactionTimedOutException.class)
			.isThrownBy(() -> timed.executeWithoutResult((status) -> {
				sleep(Duration.ofMillis(1_100));
				this.teams.softDeleteAllById(List.of(blue.getId()));
			}));
		assertThat(team(blue).isDeleted()).isFalse();
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private Team team(Team team) {
		return this.teams.findByIdIncludingDeleted(team.getId()).orElseThrow();
	}

	@Test
	void softDeleteAndRestoreIncrementTheVersion() {
		Team team = team("Red", "Ann");
		Long ann = memberId(team, 0);
		long version = member(ann).getVersion();
		this.members.softDeleteAllById(List.of(ann));
		assertThat(member(ann).getVersion()).isEqualTo(version + 1);
		this.members.restoreById(ann);
		assertThat(member(ann).getVersion()).isEqualTo(version + 2);
		this.members.updateAllById(List.of(ann), Map.of("name", "Anne"));
		assertThat(member(ann).getVersion()).isEqualTo(version + 3);
		Member loaded = member(ann);
		this.members.delete(loaded);
		assertThat(member(ann).getVersion()).isEqualTo(version + 4);
	}

	@Test
	void jpqlDeleteSoftDeletesLiveRowsAndCountsThem() {
		team("Red", "Ann", "Andy", "Bob");
		this.members.removeByName("Andy");
		Instant now = advance();
		assertThat(this.members.deleteNamed("An")).isOne();
		assertThat(rows("members")).isEqualTo(3);
		assertThat(this.members.findByName("Ann")).isEmpty();
		assertThat(this.scope.includingDeleted(() -> this.members.findByName("Ann")).get(0).getDeletedAt())
			.isEqualTo(now);
		assertThat(this.scope.includingDeleted(() -> this.members.findByName("Andy")).get(0).getDeletedAt())
			.isBefore(now);
	}

	@Test
	void jpqlDeleteOfAnEntityWithACollectionTableIsRefused() {
		team("Red");
		assertThatIllegalStateException().isThrownBy(() -> this.transactions.executeWithoutResult(
					(status) -> this.entityManager.createQuery("delete from Team").executeUpdate()))
			.withMessageContaining("team_tags");
		assertThat(rows("teams")).isOne();
	}

	@Test
	void specificationDeletesSoftDeleteAndCascade() {
		Team red = team("Red", "Ann");
		team("Blue", "Bob");
		Instant now = advance();
		DeleteSpecification<Team> named = (root, delete, builder) -> builder.equal(root.get("name"), "Red");
		assertThat(this.teams.delete(named)).isOne();
		assertThat(member(memberId(red, 0)).getDeletedAt()).isEqualTo(now);
		PredicateSpecification<Member> bob = (from, builder) -> builder.equal(from.get("name"), "Bob");
		assertThat(this.members.delete(bob)).isOne();
		assertThat(rows("teams")).isEqualTo(2);
		assertThat(rows("members")).isEqualTo(2);
		assertThat(deletedRows("members")).isEqualTo(2);
	}

	@Test
	void restoreAllBySpecificationRestoresMatchingRowsAndTheirCascade() {
		Team red = team("Red", "Ann");
		team("Blue", "Bob");
		this.teams.deleteAll();
		Specification<Team> named = (root, query, builder) -> builder.equal(root.get("name"), "Red");
		assertThat(this.teams.restoreAll(named)).isOne();
		assertThat(this.teams.findAll()).extracting(Team::getName).containsExactly("Red");
		assertThat(member(memberId(red, 0)).isDeleted()).isFalse();
		assertThat(deletedRows("members")).isOne();
	}

	@Test
	void deleteAllInBatchSoftDeletes() {
		team("Red", "Ann", "Bob");
		this.members.deleteAllInBatch();
		this.plainMembers.deleteAllInBatch();
		assertThat(rows("members")).isEqualTo(2);
		assertThat(deletedRows("members")).isEqualTo(2);
	}

	@Test
	void stockSpringDataRepositoryOverASoftDeletableEntitySoftDeletes() {
		Team team = team("Red", "Ann", "Bob");
		this.plainMembers.deleteById(memberId(team, 0));
		this.plainMembers.deleteAllByIdInBatch(List.of(memberId(team, 1)));
		assertThat(rows("members")).isEqualTo(2);
		assertThat(deletedRows("members")).isEqualTo(2);
	}

	// Writes

	@Test
	void userUpdatesTouchLiveRowsOnly() {
		team("Red", "Ann", "Ann");
		Long deleted = this.members.findByName("Ann").get(0).getId();
		this.members.deleteById(deleted);
		assertThat(this.members.visit("Ann")).isOne();
		UpdateSpecification<Member> visit = UpdateSpecification.<Member>update((root, update, builder) -> update
			.set(root.<Integer>get("visits"), builder.sum(root.<Integer>get("visits"), 1)))
			.where((root, update, builder) -> builder.equal(root.get("name"), "Ann"));
		assertThat(this.members.update(visit)).isOne();
		assertThat(member(deleted).getVisits()).isZero();
	}

	@Test
	void savingAStaleCopyNeitherUndeletesNorDeletes() {
		Team team = team("Red", "Ann");
		Member copy = member(memberId(team, 0));
		this.members.deleteById(memberId(team, 0));
		copy.setName("Anne");
		assertThatExceptionOfType(ObjectOptimisticLockingFailureException.class)
			.isThrownBy(() -> this.members.save(copy));
		Team detached = this.teams.findById(team.getId()).orElseThrow();
		this.teams.deleteById(team.getId());
		this.teams.save(detached);
		assertThat(this.teams.findByIdIncludingDeleted(team.getId()).orElseThrow().isDeleted()).isTrue();
		Booking booking = this.bookings.save(new Booking("101", 1));
		this.bookings.delete(booking);
		this.bookings.save(new Booking("101", 1));
		assertThat(rows("bookings")).isOne();
		assertThat(this.bookings.findByIdIncludingDeleted(booking.getId()).orElseThrow().isDeleted()).isTrue();
	}

	@Test
	void staleVersionsAreRejected() {
		Team team = team("Red", "Ann");
		Member stale = member(memberId(team, 0));
		this.members.updateAllById(List.of(stale.getId()), Map.of("name", "Anne"));
		assertThatExceptionOfType(ObjectOptimisticLockingFailureException.class)
			.isThrownBy(() -> this.members.delete(stale));
		assertThatExceptionOfType(ObjectOptimisticLockingFailureException.class)
			.isThrownBy(() -> this.members.save(stale));
		Member current = member(stale.getId());
		this.members.delete(current);
		Member deletedStale = member(stale.getId());
		this.members.restoreById(stale.getId());
		this.members.deleteById(stale.getId());
		assertThatExceptionOfType(ObjectOptimisticLockingFailureException.class)
			.isThrownBy(() -> this.members.restore(deletedStale));
		assertThat(member(stale.getId()).isDeleted()).isTrue();
		assertThat(member(stale.getId()).getName()).isEqualTo("Anne");
	}

	@Test
	void deleteAndRestoreOfAnInstanceRunItsCallbacksAndUpdateIt() {
		Team team = team("Red", "Ann");
		Member ann = member(memberId(team, 0));
		this.members.delete(ann);
		Instant now = advance();
		this.members.restore(ann);
		assertThat(Member.callbacks).containsExactly("PreRemove:Ann", "PostRemove:Ann", "PreUpdate:Ann",
				"PostUpdate:Ann");
		assertThat(ann.isDeleted()).isFalse();
		assertThat(ann.getUpdatedAt()).isEqualTo(now);
		ann.setName("Anne");
		this.members.save(ann);
		assertThat(member(ann.getId()).getName()).isEqualTo("Anne");
	}

	// Reads

	@Test
	void findByIdSeesDeletedRowsInsideTheScopeAndIncludeDeletedMethods() {
		Team team = team("Red", "Ann");
		Long ann = memberId(team, 0);
		this.members.deleteById(ann);
		assertThat(this.members.findById(ann)).isEmpty();
		assertThat(this.scope.includingDeleted(() -> this.members.findById(ann))).isPresent();
		assertThat(this.members.findWithDeletedById(ann)).isPresent();
		assertThat(this.scope.includingDeleted(() -> this.members.existsById(ann))).isTrue();
	}

	@Test
	void joinsToADeletedToOneTargetLeaveItOut() {
		hireDeletedCookAnnAndChefBob();
		assertThat(this.jobs.employees()).extracting(Member::getName).containsExactly("Bob");
		assertThat(this.jobs.withEmployees()).extracting(Job::getTitle).containsExactly("chef");
		assertThat(this.scope.includingDeleted(() -> this.jobs.employees())).hasSize(2);
		String cookEmployee = this.transactions.execute((status) -> this.jobs.findAll()
			.stream()
			.filter((job) -> job.getTitle().equals("cook"))
			.findFirst()
			.orElseThrow()
			.getEmployee()
			.getName());
		assertThat(cookEmployee).isEqualTo("Ann");
	}

	@Test
	void entityJoinsAndSubqueriesLeaveDeletedRowsOut() {
		hireDeletedCookAnnAndChefBob();
		String entityJoin = "select j.title from Job j join Member m on m = j.employee order by j.id";
		String subquery = "select j.title from Job j where exists (select m from Member m where m = j.employee) order by j.id";
		assertThat(jobTitles(entityJoin)).containsExactly("chef");
		assertThat(jobTitles(subquery)).containsExactly("chef");
		assertThat(this.scope.includingDeleted(() -> jobTitles(entityJoin))).containsExactly("cook", "chef");
		assertThat(this.scope.includingDeleted(() -> jobTitles(subquery))).containsExactly("cook", "chef");
	}

	@Test
	void anInverseOneToOneLoadsTheLiveChildBesideADeletedOne() {
		Team team = team("Red");
		this.transactions.executeWithoutResult((status) -> this.entityManager
			.persist(new Charter(this.entityManager.find(Team.class, team.getId()), "old")));
		this.jdbc.update("update charters set deleted_at = created_at");
		this.transactions.executeWithoutResult((status) -> this.entityManager
			.persist(new Charter(this.entityManager.find(Team.class, team.getId()), "new")));
		String motto = this.transactions.execute(
				(status) -> this.teams.findById(team.getId()).orElseThrow().getCharter().getMotto());
		assertThat(motto).isEqualTo("new");
		assertThat(this.teams.findByIdIncludingDeleted(team.getId())).isPresent();
		String mottoIncludingDeleted = this.scope.includingDeleted(() -> this.transactions
			.execute((status) -> this.teams.findById(team.getId()).orElseThrow().getCharter().getMotto()));
		assertThat(mottoIncludingDeleted).isEqualTo("new");
		this.jdbc.update("update charters set deleted_at = created_at");
		Charter none = this.transactions.execute((status) -> this.teams.findById(team.getId()).orElseThrow().getCharter());
		assertThat(none).isNull();
	}

	@Test
	void joinsThroughACollectionSkipDeletedElements() {
		team("Red", "Ann");
		team("Blue", "Bob");
		this.members.removeByName("Ann");
		assertThat(this.teams.withMember("Ann")).isEmpty();
		assertThat(this.teams.withMember("Bob")).extracting(Team::getName).containsExactly("Blue");
	}

	@Test
	void aRedeclaredFindByIdKeepsItsEntityGraph() {
		Team team = team("Red", "Ann");
		Member ann = this.members.findById(memberId(team, 0)).orElseThrow();
		assertThat(Hibernate.isInitialized(ann.getTeam())).isTrue();
		assertThat(ann.getTeam().getName()).isEqualTo("Red");
	}

	// Ids

	@Test
	void byIdMethodsWorkWithAnIdClass() {
		Booking one = this.bookings.save(new Booking("101", 1));
		Booking two = this.bookings.save(new Booking("102", 2));
		assertThat(this.bookings.softDeleteAllById(List.of(one.getId(), two.getId()))).isEqualTo(2);
		assertThat(this.bookings.restoreAllById(List.of(one.getId()))).isOne();
		this.bookings.deleteAllById(List.of(one.getId()));
		assertThat(this.bookings.countDeleted()).isEqualTo(2);
		assertThat(this.bookings.hardDeleteAllById(List.of(one.getId(), two.getId()))).isEqualTo(2);
		assertThat(rows("bookings")).isZero();
	}

	// Hard delete

	@Test
	void hardDeleteRemovesTheRowAndEveryCascadedChild() {
		Team team = team("Red", "Ann", "Bob");
		this.transactions.executeWithoutResult((status) -> this.entityManager
			.persist(new Badge(this.entityManager.find(Team.class, team.getId()), "gold")));
		this.members.deleteById(memberId(team, 0));
		assertThat(this.teams.hardDeleteById(team.getId())).isTrue();
		assertThat(rows("teams")).isZero();
		assertThat(rows("members")).isZero();
		assertThat(rows("badges")).isZero();
	}

	@Test
	void bulkHardDeleteRemovesEveryCascadedChild() {
		Team team = team("Red", "Ann", "Bob");
		Team other = team("Blue", "Cid");
		this.transactions.executeWithoutResult((status) -> this.entityManager
			.persist(new Badge(this.entityManager.find(Team.class, team.getId()), "gold")));
		this.members.deleteById(memberId(team, 0));
		assertThat(this.teams.hardDeleteAllById(List.of(team.getId()))).isOne();
		assertThat(rows("teams")).isOne();
		assertThat(rows("members")).isOne();
		assertThat(rows("badges")).isZero();
		assertThat(member(memberId(other, 0)).isDeleted()).isFalse();
	}

}
