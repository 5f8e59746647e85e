package dev.prism.changeset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import dev.prism.jdbc.PrismDatabase;
import liquibase.CatalogAndSchema;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.DatabaseException;

import org.springframework.util.FileSystemUtils;

/**
 * An empty database beside the application's, to build a schema in and compare with
 * another: a new SQLite file in a temporary directory, or a new schema in the
 * application's PostgreSQL database. Closing it drops it.
 */
final class ScratchDatabase implements AutoCloseable {

	private final Connection connection;

	private final String schema;

	private final Path directory;

	private final Database database;

	private ScratchDatabase(Connection connection, String schema, Path directory) throws DatabaseException {
		this.connection = connection;
		this.schema = schema;
		this.directory = directory;
		this.database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
		if (schema != null) {
			this.database.setDefaultSchemaName(schema);
			this.database.setLiquibaseSchemaName(schema);
		}
	}

	/**
	 * Create an empty scratch database of the same kind as the application's.
	 * @param dataSource the application's data source
	 * @param name what the scratch database holds, part of its schema or file name
	 * @return the scratch database
	 * @throws SQLException when it cannot be created
	 */
	static ScratchDatabase create(DataSource dataSource, String name) throws SQLException {
		PrismDatabase kind;
		try (Connection connection = dataSource.getConnection()) {
			kind = PrismDatabase.of(connection);
		}
		String suffix = name + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		try {
			return switch (kind) {
				case POSTGRESQL -> inSchema(dataSource, "prism_" + suffix);
				case SQLITE -> inFile(Files.createTempDirectory("prism-" + name + "-"));
				default -> throw new ChangesetException(
						"Comparing the JPA entities with the changelog needs a PostgreSQL or SQLite database",
						"Run the command against a PostgreSQL or SQLite database of the application.");
			};
		}
		catch (IOException | DatabaseException ex) {
			throw new SQLException("Could not create a scratch database: " + ex.getMessage(), ex);
		}
	}

	private static ScratchDatabase inSchema(DataSource dataSource, String schema)
			throws SQLException, DatabaseException {
		Connection connection = dataSource.getConnection();
		try (Statement statement = connection.createStatement()) {
			statement.execute("CREATE SCHEMA " + schema);
			connection.setSchema(schema);
			return new ScratchDatabase(connection, schema, null);
		}
		catch (SQLException | DatabaseException | RuntimeException ex) {
			connection.close();
			throw ex;
		}
	}

	private static ScratchDatabase inFile(Path directory) throws SQLException, DatabaseException {
		Connection connection = DriverManager.getConnection("jdbc:sqlite:" + directory.resolve("scratch.db"));
		return new ScratchDatabase(connection, null, directory);
	}

	/**
	 * Return the Liquibase database of the scratch database, with its schema as the
	 * default.
	 * @return the Liquibase database
	 */
	Database database() {
		return this.database;
	}

	/**
	 * Return the schema that holds the scratch database's objects.
	 * @return the schema
	 */
	CatalogAndSchema schema() {
		return (this.schema != null) ? new CatalogAndSchema(null, this.schema) : CatalogAndSchema.DEFAULT;
	}

	/**
	 * Run statements, in order.
	 * @param statements the statements
	 * @throws SQLException when one fails
	 */
	void execute(List<String> statements) throws SQLException {
		try (Statement statement = this.connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

	/**
	 * Return the names, in lower case, of the partial indexes: those with a {@code WHERE}
	 * clause, such as {@code createLiveIndex} creates, which JPA cannot declare.
	 * @return the names of the partial indexes
	 * @throws SQLException when the catalog cannot be read
	 */
	Set<String> partialIndexes() throws SQLException {
		String sql = (this.schema != null)
				? "SELECT indexname FROM pg_indexes WHERE schemaname = ? AND indexdef ILIKE '% WHERE %'"
				: "SELECT name FROM sqlite_master WHERE type = 'index' AND sql LIKE '% WHERE %' AND ? IS NULL";
		Set<String> names = new HashSet<>();
		try (PreparedStatement statement = this.connection.prepareStatement(sql)) {
			statement.setString(1, this.schema);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					names.add(rows.getString(1).toLowerCase(Locale.ROOT));
				}
			}
		}
		return names;
	}

	@Override
	public void close() throws SQLException {
		try (Connection connection = this.connection) {
			if (this.schema != null) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("DROP SCHEMA " + this.schema + " CASCADE");
				}
			}
		}
		finally {
			if (this.directory != null) {
				try {
					FileSystemUtils.deleteRecursively(this.directory);
				}
				catch (IOException ex) {
					// a temporary directory left behind does no harm
				}
			}
		}
	}

}
