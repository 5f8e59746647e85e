package dev.prism.actuate;

import java.sql.Connection;
import java.time.Duration;
import java.util.List;

import dev.prism.lifecycle.MigrationListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.beans.factory.ObjectProvider;

/**
 * Records each migration in Micrometer: its duration in the
 * {@value #DURATION} timer and the changesets it applied in the {@value #APPLIED} counter.
 */
public class MigrationMetrics implements MigrationListener {

	/**
	 * Name of the timer of migrations.
	 */
	public static final String DURATION = "prism.migration.duration";

	/**
	 * Name of the counter of applied changesets.
	 */
	public static final String APPLIED = "prism.migration.changesets.applied";

	private final ObjectProvider<MeterRegistry> registry;

	/**
	 * Create a new instance.
	 * @param registry the registry, looked up when a migration ends
	 */
	public MigrationMetrics(ObjectProvider<MeterRegistry> registry) {
		this.registry = registry;
	}

	@Override
	public void afterMigrate(Connection connection, List<String> applied, Duration duration) {
		this.registry.ifUnique((registry) -> {
			Timer.builder(DURATION)
				.description("Time taken to apply pending Liquibase changesets")
				.register(registry)
				.record(duration);
			Counter.builder(APPLIED)
				.description("Liquibase changesets applied")
				.register(registry)
				.increment(applied.size());
		});
	}

}
