package dev.prism.lifecycle;

import java.io.PrintWriter;

import org.springframework.util.StringUtils;

/**
 * {@code tag}: tags the current state of the database with {@code prism.db.tag}.
 */
class TagCommand extends LiquibaseCommand {

	private final PrismDatabaseProperties properties;

	TagCommand(PrismLiquibase liquibase, PrismDatabaseProperties properties) {
		super("tag", "tag the current database state with prism.db.tag", liquibase);
		this.properties = properties;
	}

	@Override
	public void run(PrintWriter out) {
		String tag = this.properties.getTag();
		if (!StringUtils.hasText(tag)) {
			throw new DatabaseCommandException(name(), "no tag is set",
					"Set prism.db.tag to the tag to write, for example --prism.db.tag=v1.2.");
		}
		this.liquibase.tag(tag);
		out.println("Tagged the database as '" + tag + "'.");
	}

}
