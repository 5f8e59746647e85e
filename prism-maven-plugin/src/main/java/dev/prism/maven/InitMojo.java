package dev.prism.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code prism:init}: writes the master changelog and a first changeset from the entities, in an
 * application that has no changelog yet.
 */
@Mojo(name = "init", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class InitMojo extends AbstractPrismMojo {

	/**
	 * What the first changeset does; it names the file ({@code initial schema} by default).
	 */
	@Parameter(property = "prism.message")
	String message;

	@Override
	public void execute() throws MojoExecutionException, MojoFailureException {
		run("init", (this.message != null) ? new String[] { "--prism.db.message=" + this.message } : new String[0]);
	}

}
