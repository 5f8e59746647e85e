package dev.prism.lifecycle;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.core.io.support.SpringFactoriesLoader.ArgumentResolver;
import org.springframework.core.io.support.SpringFactoriesLoader.FailureHandler;

/**
 * The report of a failed database command, from the application's failure analyzers as
 * Spring Boot would write it for a failed start, but without claiming that the
 * application failed to start: it had, and the command then failed or was refused.
 */
class CommandFailureReport {

	private final List<FailureAnalyzer> analyzers;

	CommandFailureReport(ApplicationContext context) {
		ArgumentResolver arguments = ArgumentResolver.of(BeanFactory.class, context.getAutowireCapableBeanFactory())
			.and(Environment.class, context.getEnvironment());
		this.analyzers = SpringFactoriesLoader.forDefaultResourceLocation(context.getClassLoader())
			.load(FailureAnalyzer.class, arguments, FailureHandler.logging(LogFactory.getLog(getClass())));
	}

	String describe(String command, Throwable failure) {
		String nl = System.lineSeparator();
		StringBuilder report = new StringBuilder(nl).append("Database command '")
			.append(command)
			.append("' failed.")
			.append(nl)
			.append(nl);
		FailureAnalysis analysis = analyze(failure);
		if (analysis != null) {
			report.append("Description:").append(nl).append(nl).append(analysis.getDescription()).append(nl);
			if (analysis.getAction() != null) {
				report.append(nl).append("Action:").append(nl).append(nl).append(analysis.getAction()).append(nl);
			}
			return report.toString();
		}
		StringWriter trace = new StringWriter();
		failure.printStackTrace(new PrintWriter(trace));
		return report.append(trace).toString();
	}

	private FailureAnalysis analyze(Throwable failure) {
		for (FailureAnalyzer analyzer : this.analyzers) {
			FailureAnalysis analysis = analyzer.analyze(failure);
			if (analysis != null) {
				return analysis;
			}
		}
		return null;
	}

}
