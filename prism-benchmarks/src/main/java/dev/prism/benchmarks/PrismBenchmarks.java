package dev.prism.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import dev.prism.benchmarks.cascade.TeamRepository;
import dev.prism.benchmarks.imports.ImportedCustomer;
import dev.prism.benchmarks.imports.ImportedCustomerRepository;
import dev.prism.benchmarks.plain.PlainCustomerRepository;
import dev.prism.benchmarks.prism.CustomerRepository;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * Runs every Prism benchmark on a fresh SQLite file and a fresh PostgreSQL database, one
 * database after the other, and writes a Markdown report with the ratios to the baselines
 * measured in the same run, and JMH's JSON results beside it.
 * <p>
 * Arguments are JMH's own ({@code -f}, {@code -i}, {@code -wi}, a benchmark regex, …), with
 * {@value #DEFAULT_FORKS} forks and {@value #DEFAULT_ITERATIONS} measured iterations unless
 * given. System properties: {@code prism.bench.databases} ({@code sqlite,postgres}),
 * {@code prism.bench.rows} (rows per table, default 100,000),
 * {@code prism.bench.postgres.server} (JDBC URL of an existing database on the server,
 * default {@code jdbc:postgresql://127.0.0.1:5432/postgres}), {@code prism.bench.postgres.username}
 * ({@code postgres}), {@code prism.bench.postgres.password}, {@code prism.bench.report}
 * (default {@code benchmark-results.md} beside the jar) and {@code prism.bench.keep}
 * (keep the databases).
 */
public final class PrismBenchmarks {

	/**
	 * Forks per benchmark unless {@code -f} says otherwise.
	 */
	static final int DEFAULT_FORKS = 3;

	/**
	 * Measured iterations per fork unless {@code -i} says otherwise.
	 */
	static final int DEFAULT_ITERATIONS = 10;

	private PrismBenchmarks() {
	}

	public static void main(String[] args) throws Exception {
		CommandLineOptions commandLine = new CommandLineOptions(args);
		List<BenchmarkDatabase> databases = new ArrayList<>();
		for (String name : System.getProperty("prism.bench.databases", "sqlite,postgres").split(",")) {
			databases.add(BenchmarkDatabase.of(name.trim()));
		}
		Environment environment = Environment.capture();
		Instant started = Instant.now();
		Map<BenchmarkDatabase, String> versions = new LinkedHashMap<>();
		Map<BenchmarkDatabase, Map<String, StatementCounts.Count>> statements = new LinkedHashMap<>();
		List<RunResult> results = new ArrayList<>();
		Path report = reportPath();
		for (BenchmarkDatabase database : databases) {
			Runnable cleanup = create(database);
			try {
				log("Migrating, seeding (%,d rows a table) and counting statements on %s".formatted(Rows.COUNT,
						database.id()));
				try (ConfigurableApplicationContext context = Contexts.start(BenchmarkApplication.class, database,
						"spring.jpa.properties.hibernate.generate_statistics=true",
						"logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener=WARN")) {
					DataSource dataSource = context.getBean(DataSource.class);
					Rows.seed(dataSource, database);
					versions.put(database, Environment.describe(dataSource));
					statements.put(database, countStatements(context, dataSource, database));
					Rows.vacuum(dataSource, database);
				}
				results.addAll(run(commandLine, database, jsonPath(report, database)));
			}
			finally {
				if (!Boolean.getBoolean("prism.bench.keep")) {
					cleanup.run();
				}
			}
		}
		String markdown = new ResultsReport(environment, versions, statements, results,
				Duration.between(started, Instant.now()))
			.toMarkdown();
		Files.writeString(report, markdown);
		System.out.println();
		System.out.println(markdown);
		log("Report written to " + report.toAbsolutePath());
	}

	/**
	 * Run the benchmarks on one database, with 3 forks of 10 measured iterations unless the
	 * command line says otherwise, and write JMH's JSON result file. The forks get the
	 * command line's {@code -jvmArgsAppend} and the database's connection properties.
	 */
	private static Collection<RunResult> run(CommandLineOptions commandLine, BenchmarkDatabase database, Path json)
			throws RunnerException {
		List<String> jvmArgs = new ArrayList<>(commandLine.getJvmArgsAppend().orElse(List.of()));
		jvmArgs.add("-D" + Rows.ROWS_PROPERTY + "=" + Rows.COUNT);
		for (String name : List.of("url", "username", "password")) {
			String value = System.getProperty(database.property(name));
			if (value != null) {
				jvmArgs.add("-D" + database.property(name) + "=" + value);
			}
		}
		ChainedOptionsBuilder options = new OptionsBuilder().parent(commandLine)
			.param("database", database.id())
			.jvmArgsAppend(jvmArgs.toArray(String[]::new));
		if (commandLine.getIncludes().isEmpty()) {
			options.include(PrismBenchmarks.class.getPackageName() + ".*Benchmark");
		}
		if (!commandLine.getForkCount().hasValue()) {
			options.forks(DEFAULT_FORKS);
		}
		if (!commandLine.getMeasurementIterations().hasValue()) {
			options.measurementIterations(DEFAULT_ITERATIONS);
		}
		if (!commandLine.getResult().hasValue()) {
			options.resultFormat(ResultFormatType.JSON).result(json.toString());
		}
		log("Running the benchmarks on " + database.id());
		return new Runner(options.build()).run();
	}

	/**
	 * Create an empty database and set {@code prism.bench.<name>.url} to it.
	 * @return what removes the database again
	 */
	private static Runnable create(BenchmarkDatabase database) throws IOException, SQLException {
		if (database == BenchmarkDatabase.SQLITE) {
			Path directory = Files.createTempDirectory("prism-bench");
			System.setProperty(database.property("url"), "jdbc:sqlite:" + directory.resolve("bench.db"));
			return () -> FileSystemUtils.deleteRecursively(directory.toFile());
		}
		String server = System.getProperty("prism.bench.postgres.server", "jdbc:postgresql://127.0.0.1:5432/postgres");
		String username = System.getProperty(database.property("username"), "postgres");
		String password = System.getProperty(database.property("password"), "");
		System.setProperty(database.property("username"), username);
		System.setProperty(database.property("password"), password);
		String name = "prism_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		try (Connection connection = DriverManager.getConnection(server, username, password);
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
		}
		System.setProperty(database.property("url"), server.substring(0, server.lastIndexOf('/') + 1) + name);
		log("Created PostgreSQL database " + name);
		return () -> {
			try (Connection connection = DriverManager.getConnection(server, username, password);
					Statement statement = connection.createStatement()) {
				statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
			}
			catch (SQLException ex) {
				log("Could not drop " + name + ": " + ex.getMessage());
			}
		};
	}

	/**
	 * Run each bulk operation once with Hibernate statistics on and record the statements
	 * it prepared, then put the rows back.
	 */
	private static Map<String, StatementCounts.Count> countStatements(ConfigurableApplicationContext context, DataSource dataSource,
			BenchmarkDatabase database) throws SQLException {
		CustomerRepository prism = context.getBean(CustomerRepository.class);
		PlainCustomerRepository plain = context.getBean(PlainCustomerRepository.class);
		ImportedCustomerRepository imported = context.getBean(ImportedCustomerRepository.class);
		TeamRepository teams = context.getBean(TeamRepository.class);
		StatementCounts counts = new StatementCounts(context);
		counts.count("softDelete_prism", Rows.BULK_IDS, () -> prism.softDeleteAllById(Rows.firstLiveIds()));
		counts.count("restore_prism", Rows.BULK_IDS, () -> prism.restoreAllById(Rows.deletedIds()));
		counts.count("hardDelete_prism", Rows.BULK_IDS, () -> prism.hardDeleteAllById(Rows.firstLiveIds()));
		counts.count("deleteAllById_plain", Rows.BULK_IDS, () -> plain.deleteAllById(Rows.firstLiveIds()));
		counts.count("cascadeSoftDelete_prism", Rows.TEAMS, () -> teams.softDeleteAllById(Rows.teamIds()));
		Rows.resetBulkRows(dataSource, database);
		Rows.resetTeams(dataSource);
		List<ImportedCustomer> customers = new ArrayList<>();
		for (long id = 1; id <= Rows.BULK_IDS; id++) {
			customers.add(new ImportedCustomer(Rows.name(id), Rows.email(id), Rows.status(id)));
		}
		counts.count("saveAll_prism", Rows.BULK_IDS, () -> imported.saveAll(customers));
		imported.hardDeleteAllById(customers.stream().map(ImportedCustomer::getId).toList());
		return counts.counts();
	}

	private static Path jsonPath(Path report, BenchmarkDatabase database) {
		String name = report.getFileName().toString().replaceFirst("\\.md$", "");
		return report.resolveSibling(name + "-" + database.id() + ".json");
	}

	private static Path reportPath() {
		String configured = System.getProperty("prism.bench.report");
		if (configured != null) {
			return Path.of(configured);
		}
		try {
			Path jar = Path.of(PrismBenchmarks.class.getProtectionDomain().getCodeSource().getLocation().toURI());
			return (Files.isRegularFile(jar) ? jar.getParent() : jar).resolve("benchmark-results.md");
		}
		catch (Exception ex) {
			return Path.of("benchmark-results.md");
		}
	}

	static void log(String message) {
		System.out.println("# Prism: " + message);
	}

}
