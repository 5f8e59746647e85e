package dev.prism.changeset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import java.nio.file.StandardCopyOption;

import liquibase.Scope;
import liquibase.changelog.FastCheckService;

import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.StringUtils;

/**
 * Writes a formatted-SQL changeset next to the master changelog and includes it there. The
 * file is named from a timestamp and the changeset's message, such as
 * {@code 20260131091500_add_customer_status.sql}, so that files sort in the order they
 * were created. YAML and XML master changelogs are supported.
 */
class ChangesetFiles {

	static final String DEFAULT_CHANGE_LOG = "classpath:/db/changelog/db.changelog-master.yaml";

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
		.withZone(ZoneOffset.UTC);

	private static final int MAX_SLUG_LENGTH = 60;

	private static final Pattern YAML_ITEM = Pattern.compile("(?m)^([ \\t]*)- ");

	private static final Pattern YAML_EMPTY_LIST = Pattern.compile("(?m)^databaseChangeLog:[ \\t]*\\[[ \\t]*\\][ \\t]*$");

	private static final Pattern XML_CHILD = Pattern.compile("(?m)^([ \\t]+)<(?!/)");

	private static final Pattern YAML_INCLUDE_FILE = Pattern.compile("(?m)^[ \\t-]*file:[ \\t]*['\"]?([^'\"\\s]+)");

	private static final Pattern XML_INCLUDE_FILE = Pattern.compile("<include\\s+file=\"([^\"]+)\"");

	private static final String XML_END = "</databaseChangeLog>";

	private static final String SET_DIRECTORY = "Set prism.db.changelog-directory to the directory that holds the "
			+ "master changelog on disk.";

	private final String changeLog;

	private final Path changelogDirectory;

	private final Path workingDirectory;

	private final Clock clock;

	private final ResourceLoader resourceLoader;

	/**
	 * Create a new instance.
	 * @param changeLog the master changelog location, as in
	 * {@code spring.liquibase.change-log}
	 * @param changelogDirectory the directory holding the master changelog on disk, or
	 * {@code null} to derive it from the location
	 * @param workingDirectory the directory that relative paths and classpath locations
	 * (under {@code src/main/resources}) are resolved against
	 * @param clock the clock for the timestamp in file names
	 * @param resourceLoader the application's resource loader, where the running
	 * application reads a classpath changelog from, or {@code null}
	 */
	ChangesetFiles(String changeLog, Path changelogDirectory, Path workingDirectory, Clock clock,
			ResourceLoader resourceLoader) {
		this.changeLog = StringUtils.hasText(changeLog) ? changeLog : DEFAULT_CHANGE_LOG;
		this.resourceLoader = resourceLoader;
		this.changelogDirectory = changelogDirectory;
		this.workingDirectory = workingDirectory;
		this.clock = clock;
	}

	/**
	 * Return the master changelog file on disk.
	 * @return the master changelog
	 * @throws ChangesetException when the file does not exist or its format is unsupported
	 */
	Path masterChangelog() {
		Path master = masterLocation();
		if (!Files.isRegularFile(master)) {
			throw new ChangesetException("Master changelog " + this.changeLog + " not found at " + master,
					"Run the command from the project's directory. " + SET_DIRECTORY);
		}
		return master;
	}

	/**
	 * Return where the master changelog is on disk, whether it exists or not.
	 * @return the master changelog's path
	 * @throws ChangesetException when the location is not on disk or its format is
	 * unsupported
	 */
	Path masterLocation() {
		String location = this.changeLog;
		String fileName = location.substring(location.lastIndexOf('/') + 1);
		Path master;
		if (this.changelogDirectory != null) {
			master = this.workingDirectory.resolve(this.changelogDirectory).resolve(fileName);
		}
		else if (location.startsWith("file:")) {
			master = this.workingDirectory.resolve(location.substring("file:".length()));
		}
		else if (location.startsWith("classpath:") || !location.contains(":")) {
			String path = StringUtils.trimLeadingCharacter(location.substring(location.indexOf(':') + 1), '/');
			master = this.workingDirectory.resolve("src/main/resources").resolve(path);
		}
		else {
			throw new ChangesetException("Cannot write to the master changelog " + location
					+ ": it is neither a classpath nor a file location", SET_DIRECTORY);
		}
		master = master.normalize();
		Format.of(master);
		return master;
	}

	/**
	 * Write a formatted-SQL changeset and include it in the master changelog.
	 * @param message what the changeset does, used for its file name and id
	 * @param header comment lines for the top of the file, each starting with {@code --}
	 * @param body the changeset's SQL and rollback lines
	 * @return the written file
	 * @throws IOException when the file or the master changelog cannot be written
	 */
	Path write(String message, String header, String body) throws IOException {
		NewFile file = newFile(message, "sql");
		String content = "--liquibase formatted sql\n" + header + "\n--changeset " + file.author() + ":" + file.id()
				+ "\n--comment: " + message.strip().replaceAll("\\s+", " ") + "\n" + body;
		return write(file, content);
	}

	/**
	 * Name a new changeset file beside the master changelog, from the current time and a
	 * message.
	 * @param message what the changeset does
	 * @param extension the file's extension, such as {@code yaml}
	 * @return the file, not yet written
	 * @throws ChangesetException when the file exists
	 */
	NewFile newFile(String message, String extension) {
		return newFile(message, extension, null);
	}

	/**
	 * Name a new changeset file from the current time and a message.
	 * @param message what the changeset does
	 * @param extension the file's extension, such as {@code yaml}
	 * @param directory the directory, relative to the master changelog, or {@code null}
	 * for the directory of the master changelog's last include
	 * @return the file, not yet written
	 * @throws ChangesetException when the file exists
	 */
	NewFile newFile(String message, String extension, String directory) {
		Path master = masterChangelog();
		String slug = slug(message);
		String timestamp = TIMESTAMP.format(this.clock.instant());
		Path parent = (directory != null) ? master.resolveSibling(directory) : changesetDirectory(master);
		Path file = parent.resolve(timestamp + "_" + slug + "." + extension);
		if (Files.exists(file)) {
			throw new ChangesetException("Changeset file " + file + " already exists",
					"Wait a second and run the command again, or choose another message.");
		}
		return new NewFile(file, timestamp + "-" + slug,
				System.getProperty("user.name", "prism").replaceAll("\\s+", "_"));
	}

	/**
	 * Write a changeset file and include it in the master changelog.
	 * @param file the file, from {@link #newFile}
	 * @param content the file's content
	 * @return the written file
	 * @throws IOException when the file or the master changelog cannot be written
	 */
	Path write(NewFile file, String content) throws IOException {
		Path master = masterChangelog();
		Files.createDirectories(file.path().getParent());
		Files.writeString(file.path(), content, StandardCharsets.UTF_8);
		String changelog = Files.readString(master, StandardCharsets.UTF_8);
		String included = master.getParent().relativize(file.path()).toString().replace('\\', '/');
		Files.writeString(master, Format.of(master).include(changelog, included), StandardCharsets.UTF_8);
		copyToClasspath(master, file.path());
		// Liquibase remembers per JVM which databases were up to date with a changelog and
		// would not notice the new changeset without this.
		Scope.getCurrentScope().getSingleton(FastCheckService.class).clearCache();
		return file.path();
	}

	/**
	 * Return the directory that new changesets go to: that of the master changelog's last
	 * include, such as {@code changes}, or the master changelog's own directory.
	 */
	private static Path changesetDirectory(Path master) {
		try {
			String included = Format.of(master).lastIncludedDirectory(Files.readString(master, StandardCharsets.UTF_8));
			return (included != null) ? master.resolveSibling(included).normalize() : master.getParent();
		}
		catch (IOException ex) {
			throw new ChangesetException("Cannot read the master changelog " + master + ": " + ex.getMessage(),
					"Make the master changelog readable.");
		}
	}

	/**
	 * Copy a changeset just written, and the master changelog, where the running
	 * application reads its classpath changelog from (such as {@code target/classes}), so
	 * that the same run can apply the changeset without a build in between.
	 */
	private void copyToClasspath(Path master, Path written) throws IOException {
		Resource resource = classpathChangelog();
		if (resource == null || !resource.isFile()) {
			return;
		}
		Path loaded = resource.getFile().toPath().normalize();
		if (loaded.equals(master)) {
			return;
		}
		Path copy = loaded.resolveSibling(master.getParent().relativize(written)).normalize();
		Files.createDirectories(copy.getParent());
		Files.copy(written, copy, StandardCopyOption.REPLACE_EXISTING);
		Files.copy(master, loaded, StandardCopyOption.REPLACE_EXISTING);
	}

	/**
	 * Return whether the running application reads its changelog from a jar, which has no
	 * changeset written since it was built.
	 * @return {@code true} when the changelog is in a jar
	 */
	boolean isChangelogPackaged() {
		Resource resource = classpathChangelog();
		return resource != null && resource.exists() && !resource.isFile();
	}

	private Resource classpathChangelog() {
		if (this.resourceLoader == null || this.changeLog.startsWith("file:") || this.changelogDirectory != null) {
			return null;
		}
		return this.resourceLoader.getResource(
				this.changeLog.contains(":") ? this.changeLog : ResourceLoader.CLASSPATH_URL_PREFIX + this.changeLog);
	}

	/**
	 * Turn a message into a file-name-safe slug: lower-case ASCII letters and digits
	 * separated by underscores.
	 * @param message the message
	 * @return the slug
	 * @throws ChangesetException when the message has no letters or digits
	 */
	static String slug(String message) {
		String ascii = Normalizer.normalize((message != null) ? message : "", Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
		if (slug.isEmpty()) {
			throw new ChangesetException("The changeset has no name: prism.db.message is missing or has no letters "
					+ "or digits", "Set prism.db.message to what the changeset does, for example "
							+ "--prism.db.message=\"add customer status field\".");
		}
		return (slug.length() > MAX_SLUG_LENGTH) ? slug.substring(0, MAX_SLUG_LENGTH).replaceAll("_+$", "") : slug;
	}

	/**
	 * Master changelog formats that an include can be added to.
	 */
	enum Format {

		YAML {

			@Override
			String master() {
				return "databaseChangeLog: []\n";
			}

			@Override
			Pattern includedFile() {
				return YAML_INCLUDE_FILE;
			}

			@Override
			String include(String changelog, String file) {
				Matcher item = YAML_ITEM.matcher(changelog);
				String indent = item.find() ? item.group(1) : "  ";
				String text = YAML_EMPTY_LIST.matcher(changelog).replaceFirst("databaseChangeLog:");
				text = text.endsWith("\n") ? text : text + "\n";
				return text + indent + "- include:\n" + indent + "    file: " + file + "\n" + indent
						+ "    relativeToChangelogFile: true\n";
			}

		},

		XML {

			@Override
			String master() {
				return """
						<?xml version="1.0" encoding="UTF-8"?>
						<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
						        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
						        xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog
						            http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd">
						</databaseChangeLog>
						""";
			}

			@Override
			Pattern includedFile() {
				return XML_INCLUDE_FILE;
			}

			@Override
			String include(String changelog, String file) {
				int end = changelog.lastIndexOf(XML_END);
				if (end < 0) {
					throw new ChangesetException("The XML master changelog has no " + XML_END,
							"Fix the master changelog so that it ends with " + XML_END + ".");
				}
				Matcher child = XML_CHILD.matcher(changelog);
				String indent = child.find() ? child.group(1) : "    ";
				String element = indent + "<include file=\"" + file + "\" relativeToChangelogFile=\"true\"/>\n";
				int lineStart = changelog.lastIndexOf('\n', end) + 1;
				boolean ownLine = changelog.substring(lineStart, end).isBlank();
				return ownLine ? changelog.substring(0, lineStart) + element + changelog.substring(lineStart)
						: changelog.substring(0, end) + "\n" + element + changelog.substring(end);
			}

		};

		abstract String include(String changelog, String file);

		/**
		 * Return an empty master changelog.
		 * @return the master changelog
		 */
		abstract String master();

		abstract Pattern includedFile();

		/**
		 * Return the directory of the last file that a master changelog includes.
		 * @param changelog the master changelog
		 * @return the directory, relative to the master changelog, or {@code null} when the
		 * last include is beside it or there is none
		 */
		String lastIncludedDirectory(String changelog) {
			Matcher include = includedFile().matcher(changelog);
			String file = null;
			while (include.find()) {
				file = include.group(1);
			}
			int slash = (file != null) ? file.lastIndexOf('/') : -1;
			return (slash > 0) ? file.substring(0, slash) : null;
		}

		/**
		 * Return the file extension of changelogs in this format.
		 * @return the extension
		 */
		String extension() {
			return name().toLowerCase(Locale.ROOT);
		}

		static Format of(Path master) {
			String name = master.getFileName().toString().toLowerCase(Locale.ROOT);
			if (name.endsWith(".yaml") || name.endsWith(".yml")) {
				return YAML;
			}
			if (name.endsWith(".xml")) {
				return XML;
			}
			throw new ChangesetException("Cannot add an include to the master changelog " + master
					+ ": only YAML and XML master changelogs are supported",
					"Use a YAML or XML master changelog that includes your other changelogs.");
		}

	}

	/**
	 * A changeset file about to be written.
	 *
	 * @param path where it goes
	 * @param id the id of its (first) changeset, from the file's timestamp and message
	 * @param author the author of its changesets, the user running the command
	 */
	record NewFile(Path path, String id, String author) {
	}

}
