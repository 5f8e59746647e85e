package dev.prism.lifecycle;

import org.springframework.context.SmartLifecycle;
import org.springframework.util.StringUtils;

/**
 * Seeds at startup when {@code prism.db.seed=true} and no {@code prism.db.command} is set,
 * in a lifecycle phase before the web server starts accepting requests
 * ({@code WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE}) and before message
 * listener containers start, so that nothing is served from a database that is still being
 * seeded. Seeding runs once per application context, after the migration and after every
 * singleton was created, and before the application's runners.
 */
public class StartupSeedLifecycle implements SmartLifecycle {

	/**
	 * The phase in which seeding runs: 1024 before the web server starts.
	 */
	public static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 3072;

	private final PrismDatabaseProperties properties;

	private final DatabaseCommandRunner runner;

	private volatile boolean running;

	private volatile boolean seeded;

	/**
	 * Create a new instance.
	 * @param properties the lifecycle properties
	 * @param runner the runner whose {@code seed} command seeds
	 */
	public StartupSeedLifecycle(PrismDatabaseProperties properties, DatabaseCommandRunner runner) {
		this.properties = properties;
		this.runner = runner;
	}

	@Override
	public void start() {
		if (!this.seeded && this.properties.isSeed() && !StringUtils.hasText(this.properties.getCommand())) {
			try {
				this.runner.seed();
			}
			catch (RuntimeException ex) {
				throw ex;
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex.getMessage(), ex);
			}
		}
		this.seeded = true;
		this.running = true;
	}

	@Override
	public void stop() {
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

}
