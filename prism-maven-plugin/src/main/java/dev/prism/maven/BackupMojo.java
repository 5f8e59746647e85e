package dev.prism.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code prism:backup}: writes a backup of the database to {@code -Dprism.file=…}.
 */
@Mojo(name = "backup", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class BackupMojo extends AbstractPrismMojo {

	/**
	 * The backup file.
	 */
	@Parameter(property = "prism.file")
	String file;

	@Override
	public void execute() throws MojoExecutionException, MojoFailureException {
		run("backup", (this.file != null) ? new String[] { "--prism.db.file=" + this.file } : new String[0]);
	}

}
