package dev.prism.maven;

import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code prism:rollback}: undoes the last {@code -Dprism.count=…} changesets, or those applied after
 * {@code -Dprism.tag=…}.
 */
@Mojo(name = "rollback", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class RollbackMojo extends AbstractPrismMojo {

	/**
	 * How many of the most recent changesets to undo.
	 */
	@Parameter(property = "prism.count")
	Integer count;

	/**
	 * The tag to return to: every changeset applied after it is undone.
	 */
	@Parameter(property = "prism.tag")
	String tag;

	@Override
	public void execute() throws MojoExecutionException, MojoFailureException {
		List<String> args = new ArrayList<>();
		if (this.count != null) {
			args.add("--prism.db.rollback-count=" + this.count);
		}
		if (this.tag != null) {
			args.add("--prism.db.rollback-tag=" + this.tag);
		}
		run(command(), args.toArray(String[]::new));
	}

	/**
	 * Return the command that the count or tag is for.
	 * @return {@code rollback}
	 */
	String command() {
		return "rollback";
	}

}
