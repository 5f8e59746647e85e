package dev.prism.test;

import java.util.ArrayList;
import java.util.List;

import dev.prism.lifecycle.DatabaseCommandExit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Records the exit status and failure of a database command instead of exiting the JVM.
 * Top-level, so that applications started by a {@code main} method in a child process do
 * not pick it up as a member class and exit for real.
 */
@Configuration(proxyBeanMethods = false)
public class RecordingExitConfiguration {

	@Bean
	RecordingExit recordingExit() {
		return new RecordingExit();
	}

	/**
	 * A {@link DatabaseCommandExit} that records instead of exiting.
	 */
	public static class RecordingExit implements DatabaseCommandExit {

		/**
		 * Statuses passed to {@link #exit(int)}.
		 */
		public final List<Integer> statuses = new ArrayList<>();

		/**
		 * Failures passed to {@link #fail(Throwable)}.
		 */
		public final List<Throwable> failures = new ArrayList<>();

		@Override
		public void exit(int status) {
			this.statuses.add(status);
		}

		@Override
		public void fail(Throwable failure) {
			this.failures.add(failure);
			exit(1);
		}

	}

}
