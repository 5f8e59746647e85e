package dev.prism.sqlite;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * A SQLite connection whose transactions are begun and ended here rather than by the
 * driver, so that a failed begin, commit or rollback never leaves the connection
 * autocommitting while the application believes it is in a transaction. The driver's
 * connection stays in autocommit mode; with {@code setAutoCommit(false)} the next statement
 * created begins a transaction, {@code BEGIN DEFERRED} when the connection is read-only
 * (readers then never wait for writers) and the configured mode, {@code BEGIN IMMEDIATE}
 * by default, otherwise. A begin that fails leaves no transaction and fails that statement;
 * a commit that fails is rolled back, so that nothing of it commits later; a commit that
 * succeeds does not begin the next transaction, so it cannot fail after the data is
 * committed. Statements created before a transaction began run outside it.
 */
final class SqliteTransactionConnection implements InvocationHandler {

	private static final String NO_TRANSACTION = "no transaction is active";

	private final Connection connection;

	private final String beginReadWrite;

	private boolean autoCommit = true;

	private boolean readOnly;

	private boolean inTransaction;

	private SqliteTransactionConnection(Connection connection, String transactionMode) {
		this.connection = connection;
		this.beginReadWrite = "BEGIN " + transactionMode.toUpperCase(Locale.ROOT);
	}

	/**
	 * Wrap a connection of the SQLite driver.
	 * @param connection the driver's connection, in autocommit mode
	 * @param transactionMode how read-write transactions begin: {@code DEFERRED},
	 * {@code IMMEDIATE} or {@code EXCLUSIVE}
	 * @return the connection to hand to the pool
	 */
	static Connection wrap(Connection connection, String transactionMode) {
		return (Connection) Proxy.newProxyInstance(SqliteTransactionConnection.class.getClassLoader(),
				new Class<?>[] { Connection.class }, new SqliteTransactionConnection(connection, transactionMode));
	}

	@Override
	public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
		int arguments = (args != null) ? args.length : 0;
		switch (method.getName()) {
			case "getAutoCommit" -> {
				checkOpen();
				return this.autoCommit;
			}
			case "setAutoCommit" -> {
				setAutoCommit((boolean) args[0]);
				return null;
			}
			case "commit" -> {
				end("COMMIT");
				return null;
			}
			case "rollback" -> {
				if (arguments == 0) {
					end("ROLLBACK");
					return null;
				}
			}
			case "isReadOnly" -> {
				return this.readOnly;
			}
			case "setReadOnly" -> {
				setReadOnly((boolean) args[0]);
				return null;
			}
			case "createStatement", "prepareStatement", "prepareCall", "setSavepoint" -> beginIfNeeded();
			case "unwrap", "isWrapperFor" -> {
				if (((Class<?>) args[0]).isInstance(proxy)) {
					return method.getName().equals("unwrap") ? proxy : true;
				}
			}
			case "equals" -> {
				return proxy == args[0];
			}
			case "hashCode" -> {
				return System.identityHashCode(proxy);
			}
			case "toString" -> {
				return "SqliteTransactionConnection[" + this.connection + "]";
			}
			default -> {
			}
		}
		try {
			return method.invoke(this.connection, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

	private void setAutoCommit(boolean autoCommit) throws SQLException {
		checkOpen();
		if (autoCommit && !this.autoCommit) {
			end("COMMIT");
		}
		this.autoCommit = autoCommit;
	}

	private void setReadOnly(boolean readOnly) throws SQLException {
		checkOpen();
		if (this.inTransaction && readOnly != this.readOnly) {
			throw new SQLException("Cannot change the read-only flag of a SQLite connection inside a transaction");
		}
		this.readOnly = readOnly;
	}

	private void beginIfNeeded() throws SQLException {
		if (!this.autoCommit && !this.inTransaction) {
			execute(this.readOnly ? "BEGIN DEFERRED" : this.beginReadWrite);
			this.inTransaction = true;
		}
	}

	/**
	 * End the transaction with {@code COMMIT} or {@code ROLLBACK}. SQLite may roll a
	 * transaction back by itself on an error ({@code SQLITE_FULL}, {@code SQLITE_IOERR},
	 * {@code SQLITE_BUSY}, {@code SQLITE_NOMEM}), so a rollback that finds no transaction
	 * has nothing left to undo.
	 */
	private void end(String sql) throws SQLException {
		checkOpen();
		if (this.autoCommit) {
			throw new SQLException("Cannot " + sql.toLowerCase(Locale.ROOT) + ": the connection is in auto-commit mode");
		}
		if (!this.inTransaction) {
			return;
		}
		this.inTransaction = false;
		try {
			execute(sql);
		}
		catch (SQLException ex) {
			if (sql.equals("ROLLBACK") && isNoTransaction(ex)) {
				return;
			}
			rollbackAfter(ex);
			throw ex;
		}
	}

	private void rollbackAfter(SQLException failure) throws SQLException {
		try {
			execute("ROLLBACK");
		}
		catch (SQLException ex) {
			if (!isNoTransaction(ex)) {
				failure.addSuppressed(ex);
				this.connection.close();
			}
		}
	}

	private void execute(String sql) throws SQLException {
		try (Statement statement = this.connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private void checkOpen() throws SQLException {
		if (this.connection.isClosed()) {
			throw new SQLException("The SQLite connection is closed", "08003");
		}
	}

	private static boolean isNoTransaction(SQLException ex) {
		return ex.getMessage() != null && ex.getMessage().contains(NO_TRANSACTION);
	}

}
