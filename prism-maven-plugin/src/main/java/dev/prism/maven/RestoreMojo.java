package dev.prism.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code prism:restore}: replaces everything in the database with the backup in {@code -Dprism.file=…}; guarded like {@code prism:reset}.
 */
@Mojo(name = "restore", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class RestoreMojo extends AbstractPrismMojo {

	/**
	 * The backup file.
	 */
	@Parameter(property = "prism.file")
	String file;

	@Override
	public void execute() throws MojoExecutionException, MojoFailureException {
		run("restore", (this.file != null) ? new String[] { "--prism.db.file=" + this.file } : new String[0]);
	}

}
