package dev.prism.test;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A child JVM running a main class from the test class path, for tests that need a real
 * second process: one that holds a lock, or one that is killed with {@code kill -9}.
 */
public final class ChildJvm implements AutoCloseable {

	private final Process process;

	private final StringBuilder output = new StringBuilder();

	private final CountDownLatch ready = new CountDownLatch(1);

	private ChildJvm(Process process, String marker) {
		this.process = process;
		Thread reader = new Thread(() -> read(marker));
		reader.setDaemon(true);
		reader.start();
	}

	/**
	 * Start a main class and wait until it prints a line that contains the marker.
	 * @param marker text that the process prints once it is ready
	 * @param mainClass the main class
	 * @param args its arguments
	 * @return the running process
	 * @throws InterruptedException if interrupted while waiting
	 * @throws IOException if the process cannot start
	 */
	public static ChildJvm start(String marker, Class<?> mainClass, String... args)
			throws IOException, InterruptedException {
		String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
		List<String> command = new ArrayList<>(
				List.of(java, "-Xmx128m", "-cp", System.getProperty("java.class.path"), mainClass.getName()));
		command.addAll(List.of(args));
		ChildJvm child = new ChildJvm(new ProcessBuilder(command).redirectErrorStream(true).start(), marker);
		if (!child.ready.await(60, TimeUnit.SECONDS)) {
			child.close();
			throw new AssertionError("The child process did not print '" + marker + "':\n" + child.output());
		}
		return child;
	}

	private void read(String marker) {
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = lines.readLine()) != null) {
				synchronized (this.output) {
					this.output.append(line).append('\n');
				}
				if (line.contains(marker)) {
					this.ready.countDown();
				}
			}
		}
		catch (IOException ex) {
			// The process was killed
		}
	}

	/**
	 * Return what the process printed so far.
	 * @return its output
	 */
	public String output() {
		synchronized (this.output) {
			return this.output.toString();
		}
	}

	/**
	 * Kill the process as {@code kill -9} does and wait for it to end.
	 * @throws InterruptedException if interrupted while waiting
	 */
	public void kill() throws InterruptedException {
		this.process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
	}

	@Override
	public void close() throws InterruptedException {
		kill();
	}

}
