package dev.prism.sqlite;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.prism.lifecycle.MigrationLockService;
import dev.prism.lifecycle.MigrationLockTimeoutException;
import liquibase.Scope;
import liquibase.changelog.ChangeLogHistoryServiceFactory;
import liquibase.database.Database;
import liquibase.database.core.SQLiteDatabase;
import liquibase.exception.DatabaseException;
import liquibase.exception.LockException;
import liquibase.lockservice.DatabaseChangeLogLock;

/**
 * The migration lock on SQLite: an operating-system lock ({@link FileChannel#tryLock()})
 * on a file beside the database, {@code <database>-migration.lock}, instead of Liquibase's
 * lock-table row. The operating system releases it when the holding process ends, however
 * it ends, so a process killed while migrating leaves nothing behind; and taking it does
 * not touch the database, so an instance that waits for it never fails on the database's
 * write lock. The lock file holds the holder's process id, host and start time. An
 * in-memory database has no file and keeps Liquibase's lock-table row. Registered with
 * Liquibase through {@code META-INF/services}.
 */
public class SqliteFileLockService extends MigrationLockService {

	/**
	 * What the lock file adds to the name of the database file.
	 */
	public static final String LOCK_FILE_SUFFIX = "-migration.lock";

	/**
	 * The lock files this JVM holds. Closing any channel on a file drops every lock the
	 * process holds on it, so each lock file is opened by one channel only, kept here.
	 */
	private static final Map<Path, HeldLock> HELD = new HashMap<>();

	@Override
	public int getPriority() {
		return PRIORITY_DATABASE;
	}

	@Override
	public boolean supports(Database database) {
		return database instanceof SQLiteDatabase;
	}

	@Override
	public void init() throws DatabaseException {
		if (lockFile() == null) {
			super.init();
		}
	}

	@Override
	public boolean acquireLock() throws LockException {
		Path lockFile = lockFile();
		if (lockFile == null) {
			return super.acquireLock();
		}
		if (this.hasChangeLogLock) {
			return true;
		}
		if (!tryLock(lockFile)) {
			return false;
		}
		this.hasChangeLogLock = true;
		Scope.getCurrentScope().getSingleton(ChangeLogHistoryServiceFactory.class).resetAll();
		this.database.setCanCacheLiquibaseTableInfo(true);
		Scope.getCurrentScope().getLog(getClass()).info("Acquired the migration lock " + lockFile);
		return true;
	}

	@Override
	public void releaseLock() throws LockException {
		Path lockFile = lockFile();
		if (lockFile == null) {
			super.releaseLock();
			return;
		}
		if (!this.hasChangeLogLock) {
			return;
		}
		try {
			unlock(lockFile);
		}
		finally {
			this.hasChangeLogLock = false;
			this.database.setCanCacheLiquibaseTableInfo(false);
		}
	}

	@Override
	public DatabaseChangeLogLock[] listLocks() throws LockException {
		Path lockFile = lockFile();
		if (lockFile == null) {
			return super.listLocks();
		}
		HeldLock lock = holder(lockFile);
		return (lock != null)
				? new DatabaseChangeLogLock[] { new DatabaseChangeLogLock(1, lock.since(), lock.holder()) }
				: new DatabaseChangeLogLock[0];
	}

	/**
	 * Return the holder of the lock file and a lock-table row held by a Liquibase that does
	 * not use the lock file.
	 */
	@Override
	public List<DatabaseChangeLogLock> heldLocks() throws LockException {
		if (lockFile() == null) {
			return super.heldLocks();
		}
		return withLockTableRows(listLocks());
	}

	/**
	 * Release this instance's lock and a lock-table row left behind by a Liquibase that does
	 * not use the lock file. Another live process's lock file cannot be released: it goes
	 * when that process ends.
	 */
	@Override
	public void forceReleaseLock() throws LockException, DatabaseException {
		if (lockFile() == null) {
			super.forceReleaseLock();
			return;
		}
		releaseLock();
		releaseLockTableRow();
	}

	@Override
	protected String lockName() {
		Path lockFile = lockFile();
		return (lockFile != null) ? lockFile.toString() : super.lockName();
	}

	@Override
	protected MigrationLockTimeoutException timedOut(Duration timeout) throws LockException {
		if (lockFile() == null) {
			return super.timedOut(timeout);
		}
		DatabaseChangeLogLock[] locks = listLocks();
		String holder = (locks.length > 0) ? locks[0].getLockedBy() : null;
		return new MigrationLockTimeoutException(lockName(), holder, timeout, true);
	}

	/**
	 * Return the lock file of this service's database.
	 * @return the file beside the database, or {@code null} for an in-memory database
	 */
	Path lockFile() {
		Path databaseFile = SqliteDatabaseFile.of(this.database.getConnection().getURL());
		return (databaseFile != null)
				? databaseFile.resolveSibling(databaseFile.getFileName() + LOCK_FILE_SUFFIX) : null;
	}

	private static synchronized boolean tryLock(Path lockFile) throws LockException {
		if (HELD.containsKey(lockFile)) {
			return false;
		}
		FileChannel channel = null;
		try {
			channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
					StandardOpenOption.WRITE);
			FileLock lock = channel.tryLock();
			if (lock == null) {
				channel.close();
				return false;
			}
			HeldLock holder = new HeldLock(channel, describeThisProcess(), Date.from(Instant.now()));
			channel.truncate(0);
			channel.write(ByteBuffer.wrap(holder.content().getBytes(StandardCharsets.UTF_8)), 0);
			channel.force(false);
			HELD.put(lockFile, holder);
			return true;
		}
		catch (IOException | RuntimeException ex) {
			closeQuietly(channel);
			throw new LockException("Cannot lock " + lockFile + ": " + ex.getMessage(), ex);
		}
	}

	private static synchronized void unlock(Path lockFile) throws LockException {
		HeldLock lock = HELD.remove(lockFile);
		if (lock != null) {
			try {
				lock.channel().close();
			}
			catch (IOException ex) {
				throw new LockException("Cannot unlock " + lockFile + ": " + ex.getMessage(), ex);
			}
		}
	}

	/**
	 * Return who holds the lock: this JVM, another process (as it wrote in the lock file),
	 * or nobody.
	 */
	private static synchronized HeldLock holder(Path lockFile) throws LockException {
		HeldLock lock = HELD.get(lockFile);
		if (lock != null || !Files.exists(lockFile)) {
			return lock;
		}
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
			FileLock probe = channel.tryLock();
			if (probe != null) {
				probe.release();
				return null;
			}
			ByteBuffer content = ByteBuffer.allocate(1024);
			channel.read(content, 0);
			return HeldLock.parse(new String(content.array(), 0, content.position(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new LockException("Cannot read " + lockFile + ": " + ex.getMessage(), ex);
		}
	}

	private static String describeThisProcess() {
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (IOException ex) {
			host = "unknown host";
		}
		return "process " + ProcessHandle.current().pid() + " on " + host + " ("
				+ ManagementFactory.getRuntimeMXBean().getName() + ")";
	}

	private static void closeQuietly(FileChannel channel) {
		if (channel != null) {
			try {
				channel.close();
			}
			catch (IOException ex) {
				// Closing releases the lock; nothing else to do
			}
		}
	}

	/**
	 * A held lock: the channel holding it (in this JVM), who holds it and since when.
	 */
	private record HeldLock(FileChannel channel, String holder, Date since) {

		String content() {
			return this.since.toInstant() + "\n" + this.holder + "\n";
		}

		static HeldLock parse(String content) {
			String[] lines = content.split("\n");
			try {
				return new HeldLock(null, (lines.length > 1) ? lines[1] : "another process",
						Date.from(Instant.parse(lines[0])));
			}
			catch (RuntimeException ex) {
				return new HeldLock(null, "another process", null);
			}
		}

	}

}
