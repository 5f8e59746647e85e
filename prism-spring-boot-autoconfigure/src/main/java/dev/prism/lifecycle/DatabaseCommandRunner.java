package dev.prism.lifecycle;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.CommandLineRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.util.StringUtils;

/**
 * Runs the {@link DatabaseCommand} that {@code prism.db.command} names, prints its result and
 * exits. A command that fails or is refused prints its failure report to standard error
 * and exits with status 1, as the application has started by then. After the {@code reset}
 * command, runs the {@code seed} command when {@code prism.db.seed} is set; without a
 * command, {@link StartupSeedLifecycle} seeds earlier, before the web server starts.
 * Ordered before the application's own runners.
 */
public class DatabaseCommandRunner implements CommandLineRunner, Ordered {

	/**
	 * The order of this runner: before application runners with default order.
	 */
	public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 100;

	static final String SEED = "seed";

	static final String RESET = "reset";

	private final PrismDatabaseProperties properties;

	private final ObjectProvider<DatabaseCommand> commands;

	private final ObjectProvider<LiquibaseCommands> liquibaseCommands;

	private final DestructiveOperationGuard guard;

	private final ObjectProvider<DataSource> dataSource;

	private final DatabaseCommandExit exit;

	private final ApplicationContext context;

	/**
	 * Create a new instance.
	 * @param properties the lifecycle properties
	 * @param commands the available commands
	 * @param liquibaseCommands Prism's Liquibase commands, after {@code commands} so that a
	 * command bean of the same name replaces one of them
	 * @param guard the guard that destructive commands must pass
	 * @param dataSource the database that destructive commands would change
	 * @param exit how to end the application after a command
	 * @param context the application context, whose failure analyzers explain a failed
	 * command
	 */
	public DatabaseCommandRunner(PrismDatabaseProperties properties, ObjectProvider<DatabaseCommand> commands,
			ObjectProvider<LiquibaseCommands> liquibaseCommands, DestructiveOperationGuard guard,
			ObjectProvider<DataSource> dataSource, DatabaseCommandExit exit, ApplicationContext context) {
		this.properties = properties;
		this.commands = commands;
		this.liquibaseCommands = liquibaseCommands;
		this.guard = guard;
		this.dataSource = dataSource;
		this.exit = exit;
		this.context = context;
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	public void run(String... args) throws Exception {
		String name = this.properties.getCommand();
		if (StringUtils.hasText(name)) {
			try {
				runCommand(name.strip());
				if (RESET.equals(name.strip()) && this.properties.isSeed()) {
					seed();
				}
			}
			catch (Exception ex) {
				System.err.print(new CommandFailureReport(this.context).describe(name.strip(), ex));
				System.err.flush();
				this.exit.fail(ex);
				return;
			}
			this.exit.exit(0);
		}
	}

	/**
	 * Run the {@code seed} command.
	 * @throws Exception when there is no {@code seed} command or seeding fails
	 */
	void seed() throws Exception {
		DatabaseCommand seed = commands().get(SEED);
		if (seed == null) {
			throw new DatabaseCommandException(SEED, "prism.db.seed is true but there is no seed command",
					"Add Prism's seeding support (a DatabaseCommand bean named 'seed' with your PrismSeeder "
							+ "beans), or set prism.db.seed=false.");
		}
		run(seed);
	}

	private void runCommand(String name) throws Exception {
		Map<String, DatabaseCommand> commands = commands();
		DatabaseCommand command = commands.get(name);
		if (command == null) {
			Map<String, String> descriptions = new TreeMap<>();
			commands.forEach((candidate, known) -> descriptions.put(candidate, known.description()));
			throw new UnknownDatabaseCommandException(name, descriptions);
		}
		if (command.destructive()) {
			this.guard.check(name, url());
		}
		run(command);
	}

	private void run(DatabaseCommand command) throws Exception {
		PrintWriter out = new PrintWriter(System.out, true, Charset.defaultCharset());
		command.run(out);
		out.flush();
	}

	private Map<String, DatabaseCommand> commands() {
		Map<String, DatabaseCommand> commands = new TreeMap<>();
		this.commands.orderedStream().forEach((command) -> commands.putIfAbsent(command.name(), command));
		this.liquibaseCommands.orderedStream()
			.flatMap((liquibase) -> liquibase.commands().stream())
			.forEach((command) -> commands.putIfAbsent(command.name(), command));
		return commands;
	}

	private String url() throws SQLException {
		DataSource dataSource = this.dataSource.getIfUnique();
		if (dataSource == null) {
			return null;
		}
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData().getURL();
		}
	}

}
