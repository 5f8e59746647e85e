package dev.prism.seed;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a {@link SeederFailedException}: which seeder failed, why, and what was kept.
 */
class SeederFailedFailureAnalyzer extends AbstractFailureAnalyzer<SeederFailedException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, SeederFailedException cause) {
		String description = "Seeder '%s' (%s) failed and everything it wrote was rolled back.%n%nReason: %s"
			.formatted(cause.getSeederName(), cause.getSeederClass().getName(),
					SeederFailedException.describe(cause.getCause()));
		String action = ("Fix seeder '%s' and seed again. Seeders that ran before it were committed and recorded in "
				+ "the prism_seeds table, so they will not run again; '%s' and the seeders after it will.")
			.formatted(cause.getSeederName(), cause.getSeederName());
		return new FailureAnalysis(description, action, cause);
	}

}
