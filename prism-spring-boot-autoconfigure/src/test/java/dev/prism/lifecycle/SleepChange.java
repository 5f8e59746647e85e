package dev.prism.lifecycle;

import liquibase.change.custom.CustomTaskChange;
import liquibase.database.Database;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;

/**
 * A changeset step that announces itself on standard output and then sleeps for
 * {@code PRISM_TEST_SLEEP_SECONDS} (default none), so that a test can kill the migrating
 * process at a known point.
 */
public class SleepChange implements CustomTaskChange {

	static final String MARKER = "PRISM-TEST-MIGRATING";

	static final String SECONDS_VARIABLE = "PRISM_TEST_SLEEP_SECONDS";

	private final String seconds = System.getenv().getOrDefault(SECONDS_VARIABLE, "0");

	@Override
	public void execute(Database database) {
		System.out.println(MARKER);
		System.out.flush();
		try {
			Thread.sleep(Long.parseLong(this.seconds) * 1000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public String getConfirmationMessage() {
		return "Slept " + this.seconds + "s";
	}

	@Override
	public void setUp() {
	}

	@Override
	public void setFileOpener(ResourceAccessor resourceAccessor) {
	}

	@Override
	public ValidationErrors validate(Database database) {
		return new ValidationErrors();
	}

}
