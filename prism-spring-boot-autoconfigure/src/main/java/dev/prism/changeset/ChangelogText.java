package dev.prism.changeset;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import dev.prism.changeset.ChangesetFiles.Format;
import dev.prism.changeset.ChangesetFiles.NewFile;
import liquibase.changelog.ChangeSet;
import liquibase.database.ObjectQuotingStrategy;
import liquibase.serializer.ChangeLogSerializer;
import liquibase.serializer.core.xml.XMLChangeLogSerializer;
import liquibase.serializer.core.yaml.YamlChangeLogSerializer;

/**
 * Writes {@link SchemaDifference schema differences} as a changelog in YAML or XML: one
 * changeset per difference, with its rollback, and the review notes as comments above the
 * changesets they concern, starting with {@code REVIEW:}.
 */
final class ChangelogText {

	/**
	 * How Liquibase's YAML serializer writes a rollback of several changes, which its
	 * parser does not read back: the changes go straight under {@code rollback}.
	 */
	private static final Pattern NESTED_ROLLBACK = Pattern.compile("(?m)^( *)rollback:\\n\\1  rollback:\\n\\1    changes:\\n");

	private ChangelogText() {
	}

	/**
	 * Return the changelog text.
	 * @param format the changelog format
	 * @param file the file the changelog goes to, which names the changesets
	 * @param message what the changesets do, their comment
	 * @param header comment lines for the top of the file, without comment markers
	 * @param differences the differences, in the order their changesets run
	 * @return the changelog
	 * @throws IOException when Liquibase cannot serialize a change
	 */
	static String of(Format format, NewFile file, String message, List<String> header,
			List<SchemaDifference> differences) throws IOException {
		List<ChangeSet> changeSets = new ArrayList<>();
		for (int i = 0; i < differences.size(); i++) {
			SchemaDifference difference = differences.get(i);
			ChangeSet changeSet = new ChangeSet(id(file, i), file.author(), false, false, null, null, null,
					(ObjectQuotingStrategy) null, null);
			changeSet.setComments(message.strip() + ": " + difference.description());
			difference.changes().forEach(changeSet::addChange);
			difference.rollback().forEach(changeSet::addRollbackChange);
			changeSets.add(changeSet);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		serializer(format).write(changeSets, out);
		String serialized = out.toString(StandardCharsets.UTF_8);
		if (format == Format.YAML) {
			serialized = NESTED_ROLLBACK.matcher(serialized).replaceAll("$1rollback:\n");
		}
		StringBuilder text = new StringBuilder(serialized);
		for (int i = differences.size() - 1; i >= 0; i--) {
			List<String> notes = differences.get(i).reviewNotes();
			if (!notes.isEmpty()) {
				int start = changeSetStart(format, text, id(file, i));
				String indent = text.substring(start, start + indentation(text, start));
				StringBuilder comments = new StringBuilder();
				notes.forEach((note) -> comments.append(indent).append(comment(format, "REVIEW: " + note)).append('\n'));
				text.insert(start, comments);
			}
		}
		StringBuilder headerText = new StringBuilder();
		header.forEach((line) -> headerText.append(comment(format, line)).append('\n'));
		int top = (format == Format.XML) ? text.indexOf("\n", text.indexOf("?>")) + 1 : 0;
		text.insert(top, headerText);
		return text.toString();
	}

	private static String id(NewFile file, int index) {
		return file.id() + "-" + (index + 1);
	}

	private static ChangeLogSerializer serializer(Format format) {
		return (format == Format.XML) ? new XMLChangeLogSerializer() : new YamlChangeLogSerializer();
	}

	private static int changeSetStart(Format format, CharSequence text, String id) {
		String content = text.toString();
		int idAt = content.indexOf((format == Format.XML) ? "id=\"" + id + "\"" : "id: " + id + "\n");
		int element = content.lastIndexOf((format == Format.XML) ? "<changeSet" : "- changeSet:", idAt);
		return content.lastIndexOf('\n', element) + 1;
	}

	private static int indentation(CharSequence text, int lineStart) {
		int end = lineStart;
		while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
			end++;
		}
		return end - lineStart;
	}

	private static String comment(Format format, String line) {
		return (format == Format.XML) ? "<!-- " + line.replace("--", "- -") + " -->" : "# " + line;
	}

}
