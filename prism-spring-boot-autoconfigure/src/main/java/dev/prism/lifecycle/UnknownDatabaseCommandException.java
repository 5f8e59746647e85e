package dev.prism.lifecycle;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Thrown when {@code prism.db.command} names no {@link DatabaseCommand}.
 */
public class UnknownDatabaseCommandException extends RuntimeException {

	private final String command;

	private final Map<String, String> validCommands;

	/**
	 * Create a new instance.
	 * @param command the unknown command
	 * @param validCommands the descriptions of the commands that exist, by name
	 */
	public UnknownDatabaseCommandException(String command, Map<String, String> validCommands) {
		super("Unknown database command '" + command + "'; valid commands are "
				+ String.join(", ", new TreeMap<>(validCommands).keySet()));
		this.command = command;
		this.validCommands = new TreeMap<>(validCommands);
	}

	/**
	 * Return the unknown command.
	 * @return the command
	 */
	public String getCommand() {
		return this.command;
	}

	/**
	 * Return the names of the commands that exist.
	 * @return the valid commands, sorted
	 */
	public List<String> getValidCommands() {
		return List.copyOf(this.validCommands.keySet());
	}

	/**
	 * Return the description of a command that exists.
	 * @param name the command's name
	 * @return its one-line description, or {@code null} for an unknown name
	 */
	public String getDescription(String name) {
		return this.validCommands.get(name);
	}

}
