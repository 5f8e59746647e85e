package dev.prism.maven;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class CommandLauncherTests {

	@TempDir
	Path directory;

	@Test
	void passesArgumentsWithSpacesAndQuotesAsTheyAre() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		CommandLauncher.Result result = launcher().run(Map.of("echo.property", "a b \"c\""),
				List.of("--prism.db.command=new-changeset", "--prism.db.message=custom data migration",
						"--quoted='it''s' \"x\""),
				out);
		assertThat(result.status()).isZero();
		assertThat(result.errors()).isEmpty();
		assertThat(out.toString(Charset.defaultCharset()).lines()).containsExactly("echo.property=a b \"c\"",
				"--prism.db.command=new-changeset", "--prism.db.message=custom data migration",
				"--quoted='it''s' \"x\"");
	}

	@Test
	void returnsTheExitStatusAndStandardErrorOfAFailure() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		CommandLauncher.Result result = launcher().run(Map.of(), List.of("--exit=3"), out);
		assertThat(result.status()).isEqualTo(3);
		assertThat(result.errors().strip()).isEqualTo("failed");
	}

	@Test
	void commandLineIsJavaClasspathPropertiesMainClassAndArguments() {
		CommandLauncher launcher = new CommandLauncher(Path.of("/jdk/bin/java"), List.of("/app/classes", "/lib/a.jar"),
				"com.example.App", this.directory);
		assertThat(launcher.commandLine(Map.of("logging.level.root", "WARN"), List.of("--prism.db.command=status")))
			.containsExactly("/jdk/bin/java", "-cp", "/app/classes" + File.pathSeparator + "/lib/a.jar",
					"-Dlogging.level.root=WARN", "com.example.App", "--prism.db.command=status");
	}

	private CommandLauncher launcher() {
		return new CommandLauncher(Path.of(System.getProperty("java.home"), "bin", "java"),
				List.of(System.getProperty("java.class.path").split(File.pathSeparator)),
				EchoApplication.class.getName(), this.directory);
	}

}
