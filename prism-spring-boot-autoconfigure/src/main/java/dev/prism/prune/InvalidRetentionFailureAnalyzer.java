package dev.prism.prune;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains an {@link InvalidRetentionException}.
 */
class InvalidRetentionFailureAnalyzer extends AbstractFailureAnalyzer<InvalidRetentionException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidRetentionException cause) {
		return new FailureAnalysis(cause.getMessage() + ".", cause.getAction(), cause);
	}

}
