package dev.prism.maven;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs an application's main class in a new JVM with the given system properties and
 * arguments. Its standard output is copied to the caller's as it comes; its standard error
 * is kept for the failure message.
 *
 * @param java the {@code java} executable
 * @param classpath the application's runtime classpath
 * @param mainClass the application's main class
 * @param workingDirectory the directory to run in
 */
record CommandLauncher(Path java, List<String> classpath, String mainClass, Path workingDirectory) {

	/**
	 * Return the command line that runs the application. No shell sees it, so arguments
	 * with spaces or quotes need no escaping.
	 * @param systemProperties the system properties, as {@code -D} options
	 * @param arguments the application's arguments
	 * @return the command line
	 */
	List<String> commandLine(Map<String, String> systemProperties, List<String> arguments) {
		List<String> command = new ArrayList<>();
		command.add(this.java.toString());
		command.add("-cp");
		command.add(String.join(File.pathSeparator, this.classpath));
		systemProperties.forEach((name, value) -> command.add("-D" + name + "=" + value));
		command.add(this.mainClass);
		command.addAll(arguments);
		return command;
	}

	/**
	 * Run the application and wait for it to exit.
	 * @param systemProperties the system properties
	 * @param arguments the application's arguments
	 * @param out where to copy the application's standard output
	 * @return the exit status and standard error
	 * @throws IOException when the JVM cannot be started
	 * @throws InterruptedException when interrupted while waiting
	 */
	Result run(Map<String, String> systemProperties, List<String> arguments, OutputStream out)
			throws IOException, InterruptedException {
		Process process = new ProcessBuilder(commandLine(systemProperties, arguments))
			.directory(this.workingDirectory.toFile())
			.start();
		process.getOutputStream().close();
		ByteArrayOutputStream errors = new ByteArrayOutputStream();
		Thread errorReader = copy(process.getErrorStream(), errors);
		Thread outputReader = copy(process.getInputStream(), out);
		int status = process.waitFor();
		outputReader.join();
		errorReader.join();
		out.flush();
		return new Result(status, errors.toString(Charset.defaultCharset()));
	}

	private static Thread copy(InputStream from, OutputStream to) {
		Thread thread = new Thread(() -> {
			try (from) {
				byte[] buffer = new byte[8192];
				for (int read = from.read(buffer); read >= 0; read = from.read(buffer)) {
					to.write(buffer, 0, read);
					to.flush();
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		thread.setDaemon(true);
		thread.start();
		return thread;
	}

	/**
	 * How the application ended.
	 *
	 * @param status the exit status, {@code 0} for success
	 * @param errors what it wrote to standard error
	 */
	record Result(int status, String errors) {
	}

}
