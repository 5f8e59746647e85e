package dev.prism.test;

import java.util.List;

import org.apache.commons.logging.LogFactory;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.core.io.support.SpringFactoriesLoader.ArgumentResolver;
import org.springframework.core.io.support.SpringFactoriesLoader.FailureHandler;

/**
 * Runs a startup failure through every registered {@link FailureAnalyzer}, as Spring Boot
 * does when an application fails to start, so tests can assert the text users see.
 */
public final class FailureAnalyses {

	private FailureAnalyses() {
	}

	/**
	 * Return the analysis Spring Boot would report for the failure.
	 * @param failure the startup failure
	 * @return the first analyzer's analysis, or {@code null} when none applies
	 */
	public static FailureAnalysis analyze(Throwable failure) {
		return analyze(failure, new StandardEnvironment());
	}

	/**
	 * Return the analysis Spring Boot would report for the failure of an application with
	 * the given environment.
	 * @param failure the startup failure
	 * @param environment the application's environment
	 * @return the first analyzer's analysis, or {@code null} when none applies
	 */
	public static FailureAnalysis analyze(Throwable failure, Environment environment) {
		List<FailureAnalyzer> analyzers = SpringFactoriesLoader.forDefaultResourceLocation()
			.load(FailureAnalyzer.class, ArgumentResolver.of(Environment.class, environment),
					FailureHandler.logging(LogFactory.getLog(FailureAnalyses.class)));
		for (FailureAnalyzer analyzer : analyzers) {
			FailureAnalysis analysis = analyzer.analyze(failure);
			if (analysis != null) {
				return analysis;
			}
		}
		return null;
	}

}
