package dev.prism.lifecycle;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a missing Liquibase changelog.
 */
class ChangelogMissingFailureAnalyzer extends AbstractFailureAnalyzer<ChangelogMissingException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, ChangelogMissingException cause) {
		return new FailureAnalysis("Liquibase changelog '" + cause.getLocation() + "' does not exist.",
				"Create the changelog (by default src/main/resources/db/changelog/db.changelog-master.yaml) or point "
						+ "spring.liquibase.change-log at yours. To start without migrations, set prism.db.migrate=false.",
				cause);
	}

}
