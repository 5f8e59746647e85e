package dev.prism.schema;

import java.util.stream.Collectors;

import dev.prism.schema.MissingPrismColumnsException.MissingColumns;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a {@link MissingPrismColumnsException}: which entity and table lack which
 * columns, and a Liquibase changeset that adds them.
 */
class MissingPrismColumnsFailureAnalyzer extends AbstractFailureAnalyzer<MissingPrismColumnsException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MissingPrismColumnsException cause) {
		String description = cause.getMissing()
			.stream()
			.map((missing) -> missing + ".")
			.collect(Collectors.joining(System.lineSeparator()));
		String changes = cause.getMissing()
			.stream()
			.map(MissingPrismColumnsFailureAnalyzer::changeset)
			.collect(Collectors.joining(System.lineSeparator()));
		String action = ("Add the columns with a changeset in your Liquibase changelog, for example:%n%n%s%n"
				+ "or let the generate-changeset command (prism.db.command=generate-changeset) write one from the "
				+ "entities. Existing rows get NULL timestamps; fill them and add NOT NULL constraints if you "
				+ "want them.")
			.formatted(changes);
		return new FailureAnalysis(description, action, cause);
	}

	private static String changeset(MissingColumns missing) {
		String columns = missing.columns()
			.stream()
			.map("                - column: { name: %s, type: TIMESTAMP WITH TIME ZONE }%n"::formatted)
			.collect(Collectors.joining());
		return """
				    - changeSet:
				        id: add-prism-columns-to-%1$s
				        author: you
				        changes:
				          - addColumn:
				              tableName: %1$s
				              columns:
				%2$s""".formatted(missing.table(), columns).replace("\n", System.lineSeparator());
	}

}
