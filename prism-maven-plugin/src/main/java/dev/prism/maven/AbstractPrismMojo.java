package dev.prism.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import org.springframework.boot.loader.tools.MainClassFinder;

/**
 * Base of the goals: runs the application's main class with the project's runtime
 * classpath and {@code --prism.db.command=…}, the same code path as
 * {@code java -jar app.jar --prism.db.command=…}. The user's {@code -D} properties become
 * the application's system properties, and its environment (such as
 * {@code DATABASE_URL}) is inherited. The application logs at WARN unless
 * {@code prism.verbose} is set, so that only the command's result shows.
 */
abstract class AbstractPrismMojo extends AbstractMojo {

	private static final String SPRING_BOOT_APPLICATION = "org.springframework.boot.autoconfigure.SpringBootApplication";

	/**
	 * The project whose application runs.
	 */
	@Parameter(defaultValue = "${project}", readonly = true, required = true)
	MavenProject project;

	/**
	 * The build session, whose user properties the application receives.
	 */
	@Parameter(defaultValue = "${session}", readonly = true, required = true)
	MavenSession session;

	/**
	 * Main class of the application; the project's single {@code @SpringBootApplication}
	 * class with a {@code main} method when not set.
	 */
	@Parameter(property = "prism.mainClass")
	String mainClass;

	/**
	 * Whether to show the application's banner and log at its own levels instead of WARN.
	 */
	@Parameter(property = "prism.verbose", defaultValue = "false")
	boolean verbose;

	/**
	 * More arguments for the application, such as
	 * {@code --spring.datasource.url=jdbc:sqlite:target/app.db}.
	 */
	@Parameter
	List<String> arguments = new ArrayList<>();

	/**
	 * Run a database command of the application, failing the build with the command's
	 * report when it fails.
	 * @param command the value of {@code prism.db.command}
	 * @param commandArguments further application arguments for the command
	 * @throws MojoExecutionException when the application cannot be run
	 * @throws MojoFailureException when the command fails
	 */
	protected void run(String command, String... commandArguments)
			throws MojoExecutionException, MojoFailureException {
		List<String> args = new ArrayList<>();
		args.add("--prism.db.command=" + command);
		args.addAll(List.of(commandArguments));
		args.addAll(this.arguments);
		CommandLauncher.Result result;
		try {
			result = launcher().run(systemProperties(), args, System.out);
		}
		catch (IOException ex) {
			throw new MojoExecutionException("Could not run " + this.mainClass + ": " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new MojoExecutionException("Interrupted while " + command + " ran", ex);
		}
		if (result.status() != 0) {
			String report = result.errors().strip();
			throw new MojoFailureException(report.isEmpty() ? "Database command '" + command
					+ "' failed (exit status " + result.status() + "); see the output above." : report);
		}
		if (!result.errors().isBlank()) {
			System.err.print(result.errors());
		}
	}

	CommandLauncher launcher() throws MojoExecutionException {
		List<String> classpath;
		try {
			classpath = this.project.getRuntimeClasspathElements();
		}
		catch (DependencyResolutionRequiredException ex) {
			throw new MojoExecutionException("The project's runtime classpath is not resolved", ex);
		}
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		return new CommandLauncher(java, classpath, mainClass(), this.project.getBasedir().toPath());
	}

	Map<String, String> systemProperties() {
		Map<String, String> properties = new LinkedHashMap<>();
		if (!this.verbose) {
			properties.put("logging.level.root", "WARN");
			properties.put("spring.main.banner-mode", "off");
		}
		this.session.getUserProperties().forEach((name, value) -> properties.put(name.toString(), value.toString()));
		return properties;
	}

	private String mainClass() throws MojoExecutionException {
		if (this.mainClass != null) {
			return this.mainClass;
		}
		File classes = new File(this.project.getBuild().getOutputDirectory());
		try {
			String found = MainClassFinder.findSingleMainClass(classes, SPRING_BOOT_APPLICATION);
			if (found == null) {
				throw new MojoExecutionException("No @SpringBootApplication class with a main method in " + classes
						+ "; set its name with -Dprism.mainClass=…");
			}
			this.mainClass = found;
			return found;
		}
		catch (IOException | IllegalStateException ex) {
			throw new MojoExecutionException("Cannot find the application's main class in " + classes + ": "
					+ ex.getMessage() + "; set it with -Dprism.mainClass=…", ex);
		}
	}

}
