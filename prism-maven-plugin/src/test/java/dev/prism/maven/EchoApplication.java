package dev.prism.maven;

/**
 * Stands in for an application in {@link CommandLauncherTests}: prints its arguments and
 * the {@code echo.property} system property one a line, and exits with the status given
 * by an {@code --exit=} argument after writing {@code failed} to standard error.
 */
public final class EchoApplication {

	private EchoApplication() {
	}

	public static void main(String[] args) {
		System.out.println("echo.property=" + System.getProperty("echo.property"));
		int status = 0;
		for (String arg : args) {
			System.out.println(arg);
			if (arg.startsWith("--exit=")) {
				status = Integer.parseInt(arg.substring("--exit=".length()));
			}
		}
		if (status != 0) {
			System.err.println("failed");
		}
		System.exit(status);
	}

}
