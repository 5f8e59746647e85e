package dev.prism.prune;

/**
 * Thrown at startup when a retention setting cannot be used: an {@code @PruneAfter} that is
 * not a positive ISO-8601 duration or sits on an entity that is not soft-deletable, a
 * {@code prism.prune.retention} that is not positive, or a {@code prism.prune.cron} that is
 * not a cron expression.
 */
public class InvalidRetentionException extends RuntimeException {

	private final String setting;

	private final String action;

	/**
	 * Create a new exception.
	 * @param setting where the setting is, such as {@code @PruneAfter("P30X") on Customer}
	 * @param problem what is wrong with it
	 * @param action how to fix it
	 */
	public InvalidRetentionException(String setting, String problem, String action) {
		super(setting + " " + problem);
		this.setting = setting;
		this.action = action;
	}

	/**
	 * Return where the invalid setting is.
	 * @return the setting
	 */
	public String getSetting() {
		return this.setting;
	}

	/**
	 * Return how to fix the setting.
	 * @return the action
	 */
	public String getAction() {
		return this.action;
	}

}
