package dev.prism.lifecycle;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a {@code prism.db.command} that names no command, listing the commands that
 * exist with their descriptions.
 */
class UnknownDatabaseCommandFailureAnalyzer extends AbstractFailureAnalyzer<UnknownDatabaseCommandException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, UnknownDatabaseCommandException cause) {
		int width = cause.getValidCommands().stream().mapToInt(String::length).max().orElse(0);
		StringBuilder action = new StringBuilder("Set prism.db.command to one of:");
		for (String name : cause.getValidCommands()) {
			action.append(System.lineSeparator())
				.append("  ")
				.append(name)
				.append(" ".repeat(width - name.length() + 2))
				.append(cause.getDescription(name));
		}
		return new FailureAnalysis(
				"prism.db.command is set to '" + cause.getCommand() + "', which is not a database command.",
				action.toString(), cause);
	}

}
