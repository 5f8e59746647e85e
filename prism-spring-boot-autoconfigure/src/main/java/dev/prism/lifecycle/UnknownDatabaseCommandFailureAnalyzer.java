package dev.prism.lifecycle;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a {@code prism.db.command} that names no command.
 */
class UnknownDatabaseCommandFailureAnalyzer extends AbstractFailureAnalyzer<UnknownDatabaseCommandException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, UnknownDatabaseCommandException cause) {
		return new FailureAnalysis("prism.db.command is set to '" + cause.getCommand() + "', which is not a database command.",
				"Set prism.db.command to one of: " + String.join(", ", cause.getValidCommands()) + ".", cause);
	}

}
