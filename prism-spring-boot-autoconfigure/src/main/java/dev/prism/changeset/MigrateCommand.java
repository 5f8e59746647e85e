package dev.prism.changeset;

import java.io.PrintWriter;

import dev.prism.lifecycle.DatabaseCommand;
import dev.prism.lifecycle.DatabaseCommandException;
import dev.prism.lifecycle.LiquibaseCommands;
import dev.prism.lifecycle.PrismDatabaseProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.util.StringUtils;

/**
 * The {@code migrate} database command as the seed's {@code migrate -m} runs it: with
 * {@code prism.db.message} set, it first writes a changeset for the differences between
 * the JPA entities and the changelog, prints it, then applies every pending changeset, the
 * new one included. Without a message it only applies pending changesets, as
 * {@link LiquibaseCommands}' {@code migrate} does.
 */
public class MigrateCommand implements DatabaseCommand {

	/**
	 * The command's name.
	 */
	public static final String NAME = "migrate";

	private final ChangesetGenerator generator;

	private final PrismDatabaseProperties properties;

	private final ObjectProvider<LiquibaseCommands> liquibaseCommands;

	MigrateCommand(ChangesetGenerator generator, PrismDatabaseProperties properties,
			ObjectProvider<LiquibaseCommands> liquibaseCommands) {
		this.generator = generator;
		this.properties = properties;
		this.liquibaseCommands = liquibaseCommands;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public String description() {
		return "apply pending changesets; with prism.db.message, first write one for the JPA entities' changes";
	}

	@Override
	public void run(PrintWriter out) throws Exception {
		DatabaseCommand migrate = this.liquibaseCommands.stream()
			.flatMap((commands) -> commands.commands().stream())
			.filter((command) -> command.name().equals(NAME))
			.findFirst()
			.orElseThrow(() -> new DatabaseCommandException(NAME, "there is no Liquibase changelog to migrate with",
					"Enable Liquibase (spring.liquibase.enabled=true) with a data source and a changelog."));
		if (StringUtils.hasText(this.properties.getMessage())) {
			this.generator.generate(NAME, this.properties.getMessage(), out);
		}
		migrate.run(out);
	}

}
