package dev.prism.lifecycle;

/**
 * Base class for the database commands that {@link PrismLiquibase} carries out.
 */
abstract class LiquibaseCommand implements DatabaseCommand {

	private final String name;

	private final String description;

	protected final PrismLiquibase liquibase;

	LiquibaseCommand(String name, String description, PrismLiquibase liquibase) {
		this.name = name;
		this.description = description;
		this.liquibase = liquibase;
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public String description() {
		return this.description;
	}

}
