package dev.prism.lifecycle;

/**
 * Ends the application after a one-shot database command. The default closes the
 * application context and exits the JVM; define a bean of this type to do otherwise, for
 * example in tests.
 */
@FunctionalInterface
public interface DatabaseCommandExit {

	/**
	 * End the application.
	 * @param status the exit status, {@code 0} for success
	 */
	void exit(int status);

	/**
	 * End the application after a command failed; its report has been printed.
	 * @param failure why the command failed
	 */
	default void fail(Throwable failure) {
		exit(1);
	}

}
