package dev.prism.info;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.Function;

import dev.prism.info.PrismStatus.Changeset;
import dev.prism.info.PrismStatus.Changesets;
import dev.prism.info.PrismStatus.Lock;
import dev.prism.lifecycle.LiquibaseOperations;
import dev.prism.seed.SeedRunner;
import dev.prism.seed.SeederStatus;
import dev.prism.stamp.EnvironmentStamp;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.ChangeSetStatus;
import liquibase.integration.spring.SpringLiquibase;

import org.springframework.beans.factory.ObjectProvider;

/**
 * Reads the {@link PrismStatus} of the database, without changing it, for the {@code info}
 * command and the actuator endpoint and health indicator.
 */
public class PrismStatusReader {

	private final Function<SpringLiquibase, LiquibaseOperations> operations;

	private final ObjectProvider<SpringLiquibase> liquibase;

	private final ObjectProvider<SeedRunner> seedRunner;

	private final ObjectProvider<EnvironmentStamp> stamp;

	/**
	 * Create a new instance.
	 * @param operations the Liquibase operations on a {@link SpringLiquibase} bean
	 * @param liquibase the migrations, when Liquibase is in use
	 * @param seedRunner the seeders, when seeding is configured
	 * @param stamp the environment stamp, when configured
	 */
	public PrismStatusReader(Function<SpringLiquibase, LiquibaseOperations> operations,
			ObjectProvider<SpringLiquibase> liquibase, ObjectProvider<SeedRunner> seedRunner,
			ObjectProvider<EnvironmentStamp> stamp) {
		this.operations = operations;
		this.liquibase = liquibase;
		this.seedRunner = seedRunner;
		this.stamp = stamp;
	}

	/**
	 * Read the status.
	 * @return the status
	 * @throws RuntimeException when the database cannot be reached or the changelog cannot
	 * be read
	 */
	public PrismStatus read() {
		return new PrismStatus(changesets(), seeders(), locks(), stamp());
	}

	/**
	 * Read the applied and pending changesets only.
	 * @return the changesets
	 */
	public Changesets changesets() {
		SpringLiquibase liquibase = this.liquibase.getIfUnique();
		if (liquibase == null) {
			return new Changesets(List.of(), List.of());
		}
		List<ChangeSetStatus> statuses = this.operations.apply(liquibase).status();
		List<Changeset> applied = statuses.stream()
			.filter(ChangeSetStatus::getPreviouslyRan)
			.map((status) -> new Changeset(name(status), instant(status.getDateLastExecuted())))
			.toList();
		List<Changeset> pending = statuses.stream()
			.filter(ChangeSetStatus::getWillRun)
			.map((status) -> new Changeset(name(status), null))
			.toList();
		return new Changesets(applied, pending);
	}

	private List<SeederStatus> seeders() {
		SeedRunner seedRunner = this.seedRunner.getIfUnique();
		return (seedRunner != null) ? seedRunner.status() : List.of();
	}

	private List<Lock> locks() {
		SpringLiquibase liquibase = this.liquibase.getIfUnique();
		if (liquibase == null) {
			return List.of();
		}
		return this.operations.apply(liquibase)
			.locks()
			.stream()
			.map((lock) -> new Lock(lock.getLockedBy(), instant(lock.getLockGranted())))
			.toList();
	}

	private String stamp() {
		EnvironmentStamp stamp = this.stamp.getIfUnique();
		return (stamp != null) ? stamp.stamp() : null;
	}

	private static String name(ChangeSetStatus status) {
		ChangeSet changeSet = status.getChangeSet();
		return changeSet.getFilePath() + "::" + changeSet.getId() + "::" + changeSet.getAuthor();
	}

	private static Instant instant(Date date) {
		return (date != null) ? date.toInstant() : null;
	}

}
