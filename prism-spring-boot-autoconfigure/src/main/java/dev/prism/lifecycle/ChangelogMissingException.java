package dev.prism.lifecycle;

/**
 * Thrown when the Liquibase changelog that {@code spring.liquibase.change-log} names does not
 * exist.
 */
public class ChangelogMissingException extends RuntimeException {

	private final String location;

	/**
	 * Create a new instance.
	 * @param location the configured changelog location
	 */
	public ChangelogMissingException(String location) {
		super("Liquibase changelog " + location + " does not exist");
		this.location = location;
	}

	/**
	 * Return the configured changelog location.
	 * @return the location
	 */
	public String getLocation() {
		return this.location;
	}

}
