package dev.prism.info;

import java.time.Instant;
import java.util.List;

import dev.prism.seed.SeederStatus;

/**
 * What Prism knows about the database: its changesets, seeders, migration lock and
 * environment stamp.
 *
 * @param changesets the applied and pending changesets
 * @param seeders every seeder, whether it is pending and the version recorded for it
 * @param locks the migration locks held, empty when the lock is free
 * @param environment the profiles the database was first migrated under, or {@code null}
 * when it is not stamped
 */
public record PrismStatus(Changesets changesets, List<SeederStatus> seeders, List<Lock> locks, String environment) {

	/**
	 * Return a JDBC URL without the password it may hold.
	 * @param url the URL, or {@code null}
	 * @return the URL with any password replaced by {@code ****}
	 */
	public static String maskPassword(String url) {
		return (url != null) ? url.replaceAll("(?i)(password=)[^&;]*", "$1****").replaceAll("//([^/@:]*):[^/@]*@",
				"//$1:****@") : null;
	}

	/**
	 * The changesets of the changelog.
	 *
	 * @param applied the applied changesets, oldest first
	 * @param pending the changesets that migrating would apply, in order
	 */
	public record Changesets(List<Changeset> applied, List<Changeset> pending) {

	}

	/**
	 * A changeset.
	 *
	 * @param name the changeset, as {@code file::id::author}
	 * @param ranAt when it was applied, or {@code null} when it is pending
	 */
	public record Changeset(String name, Instant ranAt) {

	}

	/**
	 * A held migration lock.
	 *
	 * @param holder who holds it
	 * @param since when it was taken, if known
	 */
	public record Lock(String holder, Instant since) {

		@Override
		public String toString() {
			return this.holder + ((this.since != null) ? " since " + this.since : "");
		}

	}

}
