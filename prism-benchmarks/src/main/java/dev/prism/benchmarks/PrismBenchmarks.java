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

import dev.prism.benchmarks.imports.ImportedCustomer;
import dev.prism.benchmarks.imports.ImportedCustomerRepository;
import dev.prism.benchmarks.plain.PlainCustomerRepository;
import dev.prism.benchmarks.prism.CustomerRepository;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * Runs every Prism benchmark on a fresh SQLite file and a fresh PostgreSQL database and
 * writes a Markdown report with the ratios to the baselines measured in the same run.
 * <p>
 * Arguments are JMH's own ({@code -f}, {@code -i}, {@code -wi}, a benchmark regex, …). System
 * properties: {@code prism.bench.databases} ({@code sqlite,postgres}),
 * {@code prism.bench.postgres.server} (JDBC URL of an existing database on the server,
 * default {@code jdbc:postgresql://127.0.0.1:5432/postgres}), {@code prism.bench.postgres.username}
 * ({@code postgres}), {@code prism.bench.postgres.password}, {@code prism.bench.report}
 * (default {@code benchmark-results.md} beside the jar) and {@code prism.bench.keep}
 * (keep the databases).
 */
public final class PrismBenchmarks {

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
		Map<BenchmarkDatabase, Map<String, Long>> statements = new LinkedHashMap<>();
		List<Runnable> cleanups = new ArrayList<>();
		try {
			for (BenchmarkDatabase database : databases) {
				cleanups.add(create(database));
				log("Migrating, seeding and counting statements on " + database.id());
				try (ConfigurableApplicationContext context = Contexts.start(BenchmarkApplication.class, database,
						"spring.jpa.properties.hibernate.generate_statistics=true",
						"logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener=WARN")) {
					DataSource dataSource = context.getBean(DataSource.class);
					Rows.seed(dataSource, database);
					versions.put(database, Environment.describe(dataSource));
					statements.put(database, countStatements(context, dataSource, database));
					Rows.vacuum(dataSource, database);
				}
			}
			Collection<RunResult> results = run(commandLine, databases);
			Path report = reportPath();
			String markdown = new ResultsReport(environment, versions, statements, results,
					Duration.between(started, Instant.now()))
				.toMarkdown();
			Files.writeString(report, markdown);
			System.out.println();
			System.out.println(markdown);
			log("Report written to " + report.toAbsolutePath());
		}
		finally {
			if (!Boolean.getBoolean("prism.bench.keep")) {
				cleanups.forEach(Runnable::run);
			}
		}
	}

	private static Collection<RunResult> run(CommandLineOptions commandLine, List<BenchmarkDatabase> databases)
			throws RunnerException {
		List<String> jvmArgs = new ArrayList<>();
		for (BenchmarkDatabase database : databases) {
			for (String name : List.of("url", "username", "password")) {
				String value = System.getProperty(database.property(name));
				if (value != null) {
					jvmArgs.add("-D" + database.property(name) + "=" + value);
				}
			}
		}
		ChainedOptionsBuilder options = new OptionsBuilder().parent(commandLine)
			.param("database", databases.stream().map(BenchmarkDatabase::id).toArray(String[]::new))
			.jvmArgsAppend(jvmArgs.toArray(String[]::new));
		if (commandLine.getIncludes().isEmpty()) {
			options.include(PrismBenchmarks.class.getPackageName() + ".*Benchmark");
		}
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
	private static Map<String, Long> countStatements(ConfigurableApplicationContext context, DataSource dataSource,
			BenchmarkDatabase database) throws SQLException {
		CustomerRepository prism = context.getBean(CustomerRepository.class);
		PlainCustomerRepository plain = context.getBean(PlainCustomerRepository.class);
		ImportedCustomerRepository imported = context.getBean(ImportedCustomerRepository.class);
		StatementCounts counts = new StatementCounts(context);
		counts.count("softDelete_prism", () -> prism.softDeleteAllById(Rows.firstLiveIds()));
		counts.count("restore_prism", () -> prism.restoreAllById(Rows.deletedIds()));
		counts.count("hardDelete_prism", () -> prism.hardDeleteAllById(Rows.firstLiveIds()));
		counts.count("deleteAllById_plain", () -> plain.deleteAllById(Rows.firstLiveIds()));
		Rows.resetBulkRows(dataSource, database);
		List<ImportedCustomer> customers = new ArrayList<>();
		for (long id = 1; id <= Rows.BULK_IDS; id++) {
			customers.add(new ImportedCustomer(Rows.name(id), Rows.email(id), Rows.status(id)));
		}
		counts.count("saveAll_prism", () -> imported.saveAll(customers));
		imported.hardDeleteAllById(customers.stream().map(ImportedCustomer::getId).toList());
		return counts.counts();
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
