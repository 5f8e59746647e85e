package dev.prism.lifecycle;

import java.io.PrintWriter;

/**
 * A one-shot database command, run when {@code prism.db.command} names it. Each command is
 * a bean; the lifecycle runner picks the one whose {@link #name()} matches, runs it, prints
 * its output and exits.
 */
public interface DatabaseCommand {

	/**
	 * Return the name that {@code prism.db.command} uses for this command.
	 * @return the command name, such as {@code status}
	 */
	String name();

	/**
	 * Return a one-line description, listed with the other commands when
	 * {@code prism.db.command} names none of them.
	 * @return the description
	 */
	String description();

	/**
	 * Return whether the command can lose data, so that the reset guard applies to it.
	 * @return {@code true} for destructive commands
	 */
	default boolean destructive() {
		return false;
	}

	/**
	 * Run the command.
	 * @param out where to print the command's readable result
	 * @throws Exception when the command fails
	 */
	void run(PrintWriter out) throws Exception;

}
