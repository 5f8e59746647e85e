package dev.prism.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code prism:run}: runs any database command, including an application's own, named by
 * {@code -Dprism.command=…}. Unlike the other goals it does not compile the project first,
 * so that it can be bound to a phase of the build, such as {@code integration-test}.
 */
@Mojo(name = "run", defaultPhase = LifecyclePhase.INTEGRATION_TEST,
		requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class RunMojo extends AbstractPrismMojo {

	/**
	 * The database command, the value of {@code prism.db.command}.
	 */
	@Parameter(property = "prism.command", required = true)
	String command;

	@Override
	public void execute() throws MojoExecutionException, MojoFailureException {
		run(this.command);
	}

}
