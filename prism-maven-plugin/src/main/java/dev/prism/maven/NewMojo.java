package dev.prism.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code prism:new}: writes an empty changeset file named after {@code -Dprism.message=…} and includes it
 * in the changelog.
 */
@Mojo(name = "new", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class NewMojo extends AbstractPrismMojo {

	/**
	 * What the changeset does, such as {@code add customer phone}; it names the file.
	 */
	@Parameter(property = "prism.message")
	String message;

	@Override
	public void execute() throws MojoExecutionException, MojoFailureException {
		run("new-changeset", (this.message != null) ? new String[] { "--prism.db.message=" + this.message } : new String[0]);
	}

}
