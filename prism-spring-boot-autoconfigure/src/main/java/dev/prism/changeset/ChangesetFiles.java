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

import liquibase.Scope;
import liquibase.changelog.FastCheckService;

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

	private static final String XML_END = "</databaseChangeLog>";

	private static final String SET_DIRECTORY = "Set prism.db.changelog-directory to the directory that holds the "
			+ "master changelog on disk.";

	private final String changeLog;

	private final Path changelogDirectory;

	private final Path workingDirectory;

	private final Clock clock;

	/**
	 * Create a new instance.
	 * @param changeLog the master changelog location, as in
	 * {@code spring.liquibase.change-log}
	 * @param changelogDirectory the directory holding the master changelog on disk, or
	 * {@code null} to derive it from the location
	 * @param workingDirectory the directory that relative paths and classpath locations
	 * (under {@code src/main/resources}) are resolved against
	 * @param clock the clock for the timestamp in file names
	 */
	ChangesetFiles(String changeLog, Path changelogDirectory, Path workingDirectory, Clock clock) {
		this.changeLog = StringUtils.hasText(changeLog) ? changeLog : DEFAULT_CHANGE_LOG;
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
		if (!Files.isRegularFile(master)) {
			throw new ChangesetException("Master changelog " + location + " not found at " + master,
					"Run the command from the project's directory. " + SET_DIRECTORY);
		}
		Format.of(master);
		return master;
	}

	/**
	 * Write a changeset and include it in the master changelog.
	 * @param message what the changeset does, used for its file name and id
	 * @param header comment lines for the top of the file, each starting with {@code --}
	 * @param body the changeset's SQL and rollback lines
	 * @return the written file
	 * @throws IOException when the file or the master changelog cannot be written
	 */
	Path write(String message, String header, String body) throws IOException {
		Path master = masterChangelog();
		String slug = slug(message);
		String timestamp = TIMESTAMP.format(this.clock.instant());
		Path file = master.resolveSibling(timestamp + "_" + slug + ".sql");
		if (Files.exists(file)) {
			throw new ChangesetException("Changeset file " + file + " already exists",
					"Wait a second and run the command again, or choose another message.");
		}
		String author = System.getProperty("user.name", "prism").replaceAll("\\s+", "_");
		String content = "--liquibase formatted sql\n" + header + "\n--changeset " + author + ":" + timestamp + "-"
				+ slug + "\n--comment: " + message.strip().replaceAll("\\s+", " ") + "\n" + body;
		Files.writeString(file, content, StandardCharsets.UTF_8);
		String changelog = Files.readString(master, StandardCharsets.UTF_8);
		Files.writeString(master, Format.of(master).include(changelog, file.getFileName().toString()),
				StandardCharsets.UTF_8);
		// Liquibase remembers per JVM which databases were up to date with a changelog and
		// would not notice the new changeset without this.
		Scope.getCurrentScope().getSingleton(FastCheckService.class).clearCache();
		return file;
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

}
