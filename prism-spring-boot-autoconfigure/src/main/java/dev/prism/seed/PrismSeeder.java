package dev.prism.seed;

import org.springframework.util.ClassUtils;

/**
 * Inserts data into the database, typically through the application's repositories.
 * Implement it on a bean; seeders run in {@code @Order} (or {@link org.springframework.core.Ordered})
 * order, each in its own transaction, when {@code prism.db.seed=true} or the {@code seed}
 * command runs.
 * <p>
 * A seeder that ran successfully is recorded in the {@code prism_seeds} table under its
 * {@link #name()} and {@link #version()} and is not run again, unless it is
 * {@link #repeatable()} or declares a different version.
 */
public interface PrismSeeder {

	/**
	 * Insert the data. Runs in a transaction of its own: if it throws, everything it wrote
	 * is rolled back and seeding stops with a {@link SeederFailedException}.
	 * @throws Exception when seeding fails
	 */
	void seed() throws Exception;

	/**
	 * Return the name the seeder is recorded under; it must be unique among the
	 * application's seeders. Defaults to the simple name of the seeder's class; a lambda or
	 * an anonymous class has no stable name and must override this method. Renaming a
	 * seeder makes it run again.
	 * @return the seeder's name, at most 255 characters
	 */
	default String name() {
		Class<?> type = ClassUtils.getUserClass(this);
		if (type.isAnonymousClass() || type.isSynthetic() || type.isHidden()) {
			throw new IllegalStateException("Seeder " + type.getName() + " has no stable class name to be recorded "
					+ "under: implement it as a named class or override name()");
		}
		return type.getSimpleName();
	}

	/**
	 * Return the version of the data this seeder inserts. A seeder whose version differs
	 * from the recorded one runs again, so change it when the seeder inserts new data.
	 * Defaults to {@code "1"}.
	 * @return the version, at most 100 characters
	 */
	default String version() {
		return "1";
	}

	/**
	 * Return whether the seeder runs every time seeding runs, not just once per version. A
	 * repeatable seeder must be written so that running it again is harmless (for example,
	 * by inserting only missing rows). Defaults to {@code false}.
	 * @return {@code true} to run on every seeding
	 */
	default boolean repeatable() {
		return false;
	}

	/**
	 * Return the Spring profile expressions the seeder is limited to, such as {@code "dev"}
	 * or {@code "!prod"}: it runs only when one of them matches the active profiles.
	 * Defaults to none, which means every profile.
	 * @return the profile expressions, or an empty array for all profiles
	 */
	default String[] profiles() {
		return new String[0];
	}

	/**
	 * Return the Liquibase contexts the seeder is limited to: it runs only when
	 * {@code spring.liquibase.contexts} is unset or names one of them, like a changeset
	 * with a context. Defaults to none, which means every context.
	 * @return the context names, or an empty array for all contexts
	 */
	default String[] contexts() {
		return new String[0];
	}

}
