package dev.prism.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code prism:migrate}: applies the pending changesets. With {@code -Dprism.message=…}, first writes and
 * prints a changeset for the differences between the entities and the changelog, as
 * {@code prism:generate} does, in the same run.
 */
@Mojo(name = "migrate", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class MigrateMojo extends AbstractPrismMojo {

	/**
	 * What the changeset does, such as {@code add customer phone}; it names the file.
	 */
	@Parameter(property = "prism.message")
	String message;

	@Override
	public void execute() throws MojoExecutionException, MojoFailureException {
		run("migrate", (this.message != null) ? new String[] { "--prism.db.message=" + this.message } : new String[0]);
	}

}
