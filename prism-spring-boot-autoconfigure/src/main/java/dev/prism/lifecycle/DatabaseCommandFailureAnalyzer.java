package dev.prism.lifecycle;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a database command that cannot run as configured.
 */
class DatabaseCommandFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseCommandException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DatabaseCommandException cause) {
		return new FailureAnalysis("Database command '" + cause.getCommand() + "' failed: " + cause.getMessage(),
				cause.getAction(), cause);
	}

}
