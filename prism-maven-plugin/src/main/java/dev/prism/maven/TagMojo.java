package dev.prism.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code prism:tag}: tags the current database state with {@code -Dprism.tag=…}, for a later
 * {@code prism:rollback -Dprism.tag=…}.
 */
@Mojo(name = "tag", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class TagMojo extends AbstractPrismMojo {

	/**
	 * The tag to write.
	 */
	@Parameter(property = "prism.tag")
	String tag;

	@Override
	public void execute() throws MojoExecutionException, MojoFailureException {
		run("tag", (this.tag != null) ? new String[] { "--prism.db.tag=" + this.tag } : new String[0]);
	}

}
