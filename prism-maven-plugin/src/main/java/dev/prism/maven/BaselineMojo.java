package dev.prism.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code prism:baseline}: marks the pending changesets of a database whose schema exists
 * already as applied without running them, all of them or up to {@code -Dprism.tag=…}.
 */
@Mojo(name = "baseline", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class BaselineMojo extends AbstractPrismMojo {

	/**
	 * The tag of the last changeset to mark, written by a {@code tagDatabase} change of the
	 * changelog; every pending changeset when not set.
	 */
	@Parameter(property = "prism.tag")
	String tag;

	@Override
	public void execute() throws MojoExecutionException, MojoFailureException {
		run("baseline", (this.tag != null) ? new String[] { "--prism.db.tag=" + this.tag } : new String[0]);
	}

}
