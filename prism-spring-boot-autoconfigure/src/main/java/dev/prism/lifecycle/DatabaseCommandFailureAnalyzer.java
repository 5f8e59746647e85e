package dev.prism.lifecycle;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a database command that cannot run as configured, including a changeset
 * command's {@link dev.prism.changeset.ChangesetException}.
 */
class DatabaseCommandFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseCommandException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DatabaseCommandException cause) {
		String description = (cause.getCommand() != null)
				? "Database command '" + cause.getCommand() + "' failed: " + cause.getMessage() : cause.getMessage();
		return new FailureAnalysis(description, cause.getAction(), cause);
	}

}
