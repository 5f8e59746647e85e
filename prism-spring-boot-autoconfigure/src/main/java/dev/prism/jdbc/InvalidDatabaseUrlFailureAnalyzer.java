package dev.prism.jdbc;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains an {@link InvalidDatabaseUrlException}: the value (password masked), what is
 * wrong with it and the forms that are accepted.
 */
class InvalidDatabaseUrlFailureAnalyzer extends AbstractFailureAnalyzer<InvalidDatabaseUrlException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidDatabaseUrlException cause) {
		String description = "The DATABASE_URL environment variable is not a valid database URL: %s.%n%n    %s"
			.formatted(cause.getReason(), cause.getMaskedValue());
		String action = ("Set DATABASE_URL in one of these forms, percent-encoding special characters in the user "
				+ "name and password, or set spring.datasource.url instead:%n%n%s")
			.formatted(DatabaseUrl.ACCEPTED_FORMS.indent(4).stripTrailing());
		return new FailureAnalysis(description, action, cause);
	}

}
