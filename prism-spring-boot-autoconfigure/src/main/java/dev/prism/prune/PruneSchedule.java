package dev.prism.prune;

import java.util.concurrent.ScheduledFuture;

import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;

/**
 * Prunes on {@code prism.prune.cron} while the application runs, on a scheduler thread of
 * its own, so that the application needs no {@code @EnableScheduling}.
 */
public class PruneSchedule implements SmartLifecycle {

	private final Pruner pruner;

	private final String cron;

	private ThreadPoolTaskScheduler scheduler;

	private ScheduledFuture<?> future;

	/**
	 * Create a schedule.
	 * @param pruner the pruner to run
	 * @param cron the cron expression
	 */
	public PruneSchedule(Pruner pruner, String cron) {
		this.pruner = pruner;
		this.cron = cron;
	}

	@Override
	public synchronized void start() {
		this.scheduler = new ThreadPoolTaskScheduler();
		this.scheduler.setThreadNamePrefix("prism-prune-");
		this.scheduler.initialize();
		this.future = this.scheduler.schedule(() -> this.pruner.prune(false), new CronTrigger(this.cron));
	}

	@Override
	public synchronized void stop() {
		if (this.future != null) {
			this.future.cancel(false);
			this.scheduler.shutdown();
			this.future = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return this.future != null;
	}

}
