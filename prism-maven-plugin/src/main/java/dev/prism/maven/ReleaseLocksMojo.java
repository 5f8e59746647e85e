package dev.prism.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code prism:release-locks}: releases a migration lock left by a process that died while migrating.
 */
@Mojo(name = "release-locks", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class ReleaseLocksMojo extends AbstractPrismMojo {

	@Override
	public void execute() throws MojoExecutionException, MojoFailureException {
		run("release-locks");
	}

}
