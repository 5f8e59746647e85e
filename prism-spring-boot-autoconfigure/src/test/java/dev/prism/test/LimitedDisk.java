package dev.prism.test;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

/**
 * A SQLite database on a disk that a test can fill up and free again. As root it is a
 * small {@code tmpfs} mounted for the test and filled with a file, a real full disk; where
 * mounting is not possible it falls back to SQLite's {@code max_page_count}, which makes
 * SQLite report the same {@code SQLITE_FULL} once the database reaches a page limit.
 */
public final class LimitedDisk implements AutoCloseable {

	private static final int MOUNT_MEGABYTES = 16;

	private static final int MAX_PAGE_COUNT = 300;

	private final Path directory;

	private final boolean mounted;

	private LimitedDisk(Path directory, boolean mounted) {
		this.directory = directory;
		this.mounted = mounted;
	}

	/**
	 * Create a directory on a small disk of its own, or a plain directory for the page
	 * limit fallback.
	 * @return the disk
	 * @throws IOException if no directory can be created
	 */
	public static LimitedDisk create() throws IOException {
		Path directory = Files.createTempDirectory("prism-disk");
		return new LimitedDisk(directory, mount(directory));
	}

	/**
	 * Create a plain directory whose databases are limited by SQLite's
	 * {@code max_page_count}, even where a real disk could be mounted.
	 * @return the disk
	 * @throws IOException if no directory can be created
	 */
	public static LimitedDisk pageLimited() throws IOException {
		return new LimitedDisk(Files.createTempDirectory("prism-disk"), false);
	}

	private static boolean mount(Path directory) {
		try {
			Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + MOUNT_MEGABYTES + "m", "tmpfs",
					directory.toString())
				.redirectErrorStream(true)
				.start();
			mount.getInputStream().readAllBytes();
			return mount.waitFor(30, TimeUnit.SECONDS) && mount.exitValue() == 0;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/**
	 * Return whether this is a real file system that runs full, rather than the page limit.
	 * @return {@code true} for a mounted {@code tmpfs}
	 */
	public boolean isRealDisk() {
		return this.mounted;
	}

	/**
	 * Return the JDBC URL of a database on this disk.
	 * @return the URL
	 */
	public String url() {
		return "jdbc:sqlite:" + this.directory.resolve("full.db");
	}

	/**
	 * Return the data source properties that the page-limit fallback needs on every
	 * connection.
	 * @return Spring Boot properties, empty for a real disk
	 */
	public String[] properties() {
		return this.mounted ? new String[0]
				: new String[] { "spring.datasource.hikari.data-source-properties.max_page_count=" + MAX_PAGE_COUNT };
	}

	/**
	 * Use up the free space: write a file until the disk is full, or fill the database up
	 * to the page limit.
	 * @throws IOException if the filler cannot be written
	 * @throws SQLException if the database cannot be read
	 */
	public void fill() throws IOException, SQLException {
		if (this.mounted) {
			byte[] block = new byte[64 * 1024];
			try (OutputStream filler = Files.newOutputStream(this.directory.resolve("filler"))) {
				while (true) {
					filler.write(block);
				}
			}
			catch (IOException ex) {
				// No space left: the disk is full
			}
			return;
		}
		try (Connection connection = DriverManager.getConnection(url());
				Statement statement = connection.createStatement()) {
			statement.execute("PRAGMA max_page_count = " + MAX_PAGE_COUNT);
			statement.execute("CREATE TABLE IF NOT EXISTS filler (data BLOB)");
			try (PreparedStatement insert = connection.prepareStatement("INSERT INTO filler VALUES (?)")) {
				while (true) {
					insert.setBytes(1, new byte[8 * 1024]);
					insert.executeUpdate();
				}
			}
			catch (SQLException ex) {
				// SQLITE_FULL: the page limit is reached
			}
		}
	}

	/**
	 * Free the space that {@link #fill()} used up.
	 * @throws IOException if the filler cannot be deleted
	 * @throws SQLException if the filler rows cannot be deleted
	 */
	public void free() throws IOException, SQLException {
		if (this.mounted) {
			Files.deleteIfExists(this.directory.resolve("filler"));
			return;
		}
		try (Connection connection = DriverManager.getConnection(url());
				Statement statement = connection.createStatement()) {
			statement.execute("DELETE FROM filler");
		}
	}

	/**
	 * Make the disk read-only: remount the {@code tmpfs} read-only, or, for the fallback,
	 * take the write permission from the directory and its files (which binds users other
	 * than root only).
	 * @throws IOException if the permissions cannot be changed
	 * @throws InterruptedException if interrupted while remounting
	 */
	public void makeReadOnly() throws IOException, InterruptedException {
		if (this.mounted) {
			run("mount", "-o", "remount,ro", this.directory.toString());
			return;
		}
		try (var files = Files.list(this.directory)) {
			for (Path file : files.toList()) {
				file.toFile().setWritable(false, false);
			}
		}
		this.directory.toFile().setWritable(false, false);
	}

	private static void run(String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IOException(String.join(" ", command) + " failed: " + output);
		}
	}

	@Override
	public void close() throws IOException, InterruptedException {
		if (this.mounted) {
			run("umount", "-l", this.directory.toString());
		}
		else {
			this.directory.toFile().setWritable(true, false);
		}
	}

}
