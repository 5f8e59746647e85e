package dev.prism.seed;

import java.sql.DatabaseMetaData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import dev.prism.jdbc.PrismDatabase;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.ClassUtils;

/**
 * Runs {@link PrismSeeder seeders} in the order given, each in a new transaction together
 * with its record in the {@code prism_seeds} table. A seeder runs when its profiles and
 * contexts match and it has not run at its current version, or is repeatable. The first
 * seeder that fails stops the run with a {@link SeederFailedException}.
 */
public class SeedRunner {

	private static final Log logger = LogFactory.getLog(SeedRunner.class);

	private static final String CONTEXTS_PROPERTY = "spring.liquibase.contexts";

	private final List<PrismSeeder> seeders;

	private final TransactionTemplate transactionTemplate;

	private final DataSource dataSource;

	private final Environment environment;

	/**
	 * Create a new runner.
	 * @param seeders the seeders, in the order to run them
	 * @param transactionManager the transaction manager the seeders' repositories use
	 * @param dataSource the database to seed, the one {@code transactionManager} manages
	 * @param environment the environment whose profiles and {@code spring.liquibase.contexts}
	 * limit seeders
	 */
	public SeedRunner(List<? extends PrismSeeder> seeders, PlatformTransactionManager transactionManager,
			DataSource dataSource, Environment environment) {
		this.seeders = List.copyOf(seeders);
		this.transactionTemplate = new TransactionTemplate(transactionManager);
		this.transactionTemplate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.dataSource = dataSource;
		this.environment = environment;
	}

	/**
	 * Run the seeders that are due.
	 * @return what happened to each seeder, in order
	 * @throws SeederFailedException when a seeder fails; the seeders before it stay
	 * committed
	 */
	public List<SeedResult> seed() {
		checkUniqueNames();
		SeedRecords records = new SeedRecords(new JdbcTemplate(this.dataSource), database());
		List<String> contexts = activeContexts();
		List<SeedResult> results = new ArrayList<>();
		for (PrismSeeder seeder : this.seeders) {
			SeedResult result = seed(seeder, records, contexts);
			logger.info("Seeder " + result.name() + (result.ran() ? " ran" : " skipped") + " (" + result.reason() + ")");
			results.add(result);
		}
		return results;
	}

	/**
	 * Return whether each seeder is due, without running any or changing the database.
	 * @return the status of every seeder, in order
	 */
	public List<SeederStatus> status() {
		Map<String, String> recorded = new SeedRecords(new JdbcTemplate(this.dataSource), database()).recordedVersions();
		List<String> contexts = activeContexts();
		List<SeederStatus> statuses = new ArrayList<>();
		for (PrismSeeder seeder : this.seeders) {
			String version = seeder.version();
			String recordedVersion = recorded.get(seeder.name());
			String skipped = skipped(seeder, contexts);
			boolean pending = skipped == null && (seeder.repeatable() || !version.equals(recordedVersion));
			String reason = (skipped != null) ? skipped
					: pending ? reason(seeder, version, recordedVersion) : "version " + version + " already applied";
			statuses.add(new SeederStatus(seeder.name(), version, recordedVersion, pending, reason));
		}
		return statuses;
	}

	private SeedResult seed(PrismSeeder seeder, SeedRecords records, List<String> contexts) {
		String name = seeder.name();
		String version = seeder.version();
		String skipped = skipped(seeder, contexts);
		if (skipped != null) {
			return new SeedResult(name, version, false, skipped);
		}
		try {
			return this.transactionTemplate.execute((status) -> {
				records.lockAndCreate();
				String recorded = records.recordedVersion(name);
				if (version.equals(recorded) && !seeder.repeatable()) {
					return new SeedResult(name, version, false, "version " + version + " already applied");
				}
				runSeeder(seeder);
				records.record(name, version, recorded != null);
				return new SeedResult(name, version, true, reason(seeder, version, recorded));
			});
		}
		catch (RuntimeException ex) {
			throw new SeederFailedException(name, ClassUtils.getUserClass(seeder), ex);
		}
	}

	private static void runSeeder(PrismSeeder seeder) {
		try {
			seeder.seed();
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex.getMessage(), ex);
		}
	}

	private String skipped(PrismSeeder seeder, List<String> contexts) {
		String[] profiles = seeder.profiles();
		if (profiles.length > 0 && !this.environment.acceptsProfiles(Profiles.of(profiles))) {
			return "profiles " + String.join(", ", profiles) + " not active";
		}
		if (!contextsMatch(seeder.contexts(), contexts)) {
			return "contexts " + String.join(", ", seeder.contexts()) + " not in spring.liquibase.contexts "
					+ String.join(", ", contexts);
		}
		return null;
	}

	private static String reason(PrismSeeder seeder, String version, String recorded) {
		if (recorded == null) {
			return "version " + version + ", first run";
		}
		if (!recorded.equals(version)) {
			return "version " + version + ", recorded version " + recorded;
		}
		return "version " + version + ", repeatable";
	}

	private static boolean contextsMatch(String[] seederContexts, List<String> activeContexts) {
		return seederContexts.length == 0 || activeContexts.isEmpty()
				|| Arrays.stream(seederContexts).anyMatch(activeContexts::contains);
	}

	private List<String> activeContexts() {
		return Binder.get(this.environment)
			.bind(CONTEXTS_PROPERTY, Bindable.listOf(String.class))
			.orElse(List.of())
			.stream()
			.map(String::trim)
			.filter((context) -> !context.isEmpty())
			.toList();
	}

	private void checkUniqueNames() {
		Map<String, PrismSeeder> byName = new HashMap<>();
		for (PrismSeeder seeder : this.seeders) {
			PrismSeeder other = byName.putIfAbsent(seeder.name(), seeder);
			if (other != null) {
				throw new IllegalStateException("Seeders " + ClassUtils.getUserClass(other).getName() + " and "
						+ ClassUtils.getUserClass(seeder).getName() + " are both named '" + seeder.name()
						+ "'; override name() in one of them so that each is recorded separately");
			}
		}
	}

	private PrismDatabase database() {
		try {
			return PrismDatabase
				.fromJdbcUrl(JdbcUtils.extractDatabaseMetaData(this.dataSource, DatabaseMetaData::getURL));
		}
		catch (MetaDataAccessException ex) {
			throw new IllegalStateException("Cannot determine the database to seed", ex);
		}
	}

}
