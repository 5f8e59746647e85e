package dev.prism.backup;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a backup that could not be written or loaded.
 */
class BackupFailureAnalyzer extends AbstractFailureAnalyzer<BackupFailedException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, BackupFailedException cause) {
		return new FailureAnalysis(cause.getMessage(), cause.getAction(), cause);
	}

}
