package dev.prism.changeset;

import java.io.PrintWriter;

import dev.prism.lifecycle.DatabaseCommand;
import dev.prism.lifecycle.PrismDatabaseProperties;

/**
 * The {@code generate-changeset} database command (Alembic's
 * {@code revision --autogenerate}): compares the JPA entities with the schema that the
 * whole changelog builds, pending changesets included, and writes a changeset for every
 * difference, named from {@code prism.db.message}, in the master changelog's format, to be
 * reviewed before it is applied. Writes nothing when they match.
 *
 * @see ModelComparison
 */
public class GenerateChangesetCommand implements DatabaseCommand {

	/**
	 * The command's name.
	 */
	public static final String NAME = "generate-changeset";

	private final ChangesetGenerator generator;

	private final PrismDatabaseProperties properties;

	GenerateChangesetCommand(ChangesetGenerator generator, PrismDatabaseProperties properties) {
		this.generator = generator;
		this.properties = properties;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public String description() {
		return "write a changeset for the differences between the JPA entities and the changelog's schema";
	}

	@Override
	public void run(PrintWriter out) throws Exception {
		if (this.generator.generate(NAME, this.properties.getMessage(), out) != null) {
			out.println("Review it, then apply it with prism.db.command=migrate.");
		}
	}

}
