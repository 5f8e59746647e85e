package dev.prism.changeset;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a {@link ChangesetException}.
 */
class ChangesetFailureAnalyzer extends AbstractFailureAnalyzer<ChangesetException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, ChangesetException cause) {
		return new FailureAnalysis(cause.getMessage(), cause.getAction(), cause);
	}

}
