package dev.prism.maven;

import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code prism:rollback-sql}: prints the SQL that {@code prism:rollback} would run with the same
 * {@code -Dprism.count=…} or {@code -Dprism.tag=…}, rolling back nothing.
 */
@Mojo(name = "rollback-sql", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class RollbackSqlMojo extends RollbackMojo {

	@Override
	String command() {
		return "rollback-sql";
	}

}
