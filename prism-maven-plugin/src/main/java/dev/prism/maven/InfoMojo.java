package dev.prism.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code prism:info}: prints the database, its server and driver, the connection pool, the
 * changesets, seeders and migration lock.
 */
@Mojo(name = "info", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class InfoMojo extends AbstractPrismMojo {

	@Override
	public void execute() throws MojoExecutionException, MojoFailureException {
		run("info");
	}

}
