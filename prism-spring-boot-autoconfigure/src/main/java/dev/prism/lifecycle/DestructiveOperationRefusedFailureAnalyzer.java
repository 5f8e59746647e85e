package dev.prism.lifecycle;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a reset, rollback or other destructive operation that the
 * {@link DestructiveOperationGuard} refused.
 */
class DestructiveOperationRefusedFailureAnalyzer
		extends AbstractFailureAnalyzer<DestructiveOperationRefusedException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DestructiveOperationRefusedException cause) {
		String description = "Refused to %s %s because %s. Nothing was dropped or rolled back."
			.formatted(cause.getOperation(), cause.getUrl(), cause.getReason());
		String action = "Reset and destructive commands (reset, rollback, restore) run only against a local "
				+ "database with no prod or production profile active, and not first migrated under one. Remove prism.db.reset or prism.db.command, or, if "
				+ "you really mean to lose data in this database, set prism.db.allow-destructive=true for this run only.";
		return new FailureAnalysis(description, action, cause);
	}

}
