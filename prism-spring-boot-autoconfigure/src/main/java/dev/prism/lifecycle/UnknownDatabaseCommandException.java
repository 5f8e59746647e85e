package dev.prism.lifecycle;

import java.util.List;

/**
 * Thrown when {@code prism.db.command} names no {@link DatabaseCommand}.
 */
public class UnknownDatabaseCommandException extends RuntimeException {

	private final String command;

	private final List<String> validCommands;

	/**
	 * Create a new instance.
	 * @param command the unknown command
	 * @param validCommands the names of the commands that exist
	 */
	public UnknownDatabaseCommandException(String command, List<String> validCommands) {
		super("Unknown database command '" + command + "'; valid commands are " + String.join(", ", validCommands));
		this.command = command;
		this.validCommands = List.copyOf(validCommands);
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
		return this.validCommands;
	}

}
