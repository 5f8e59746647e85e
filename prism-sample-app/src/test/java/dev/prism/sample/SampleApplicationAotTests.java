package dev.prism.sample;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.prism.test.TestDatabases;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample app as {@code spring-boot:process-aot} left it (run before the tests, see the
 * pom) starts on the JVM with {@code -Dspring.aot.enabled=true}, migrates, seeds and serves
 * its REST API.
 */
class SampleApplicationAotTests {

	private static final String STARTED = "Started PrismSampleApplication";

	@Test
	void aotProcessedApplicationStartsAndServesTheRestApi() throws Exception {
		int port = freePort();
		List<String> command = new ArrayList<>(List.of(
				System.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
				"-Dspring.aot.enabled=true", "-cp", System.getProperty("java.class.path"),
				PrismSampleApplication.class.getName(), "--server.port=" + port, "--prism.db.seed=true"));
		for (String property : TestDatabases.sqlite().properties()) {
			command.add("--" + property);
		}
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		StringBuilder output = new StringBuilder();
		CountDownLatch started = new CountDownLatch(1);
		Thread reader = new Thread(() -> read(process, output, started));
		reader.setDaemon(true);
		reader.start();
		try {
			assertThat(started.await(120, TimeUnit.SECONDS)).as(output::toString).isTrue();
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/customers")).build(),
						HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).contains("Acme Corp", "Widget Inc");
			synchronized (output) {
				assertThat(output).contains("Starting AOT-processed PrismSampleApplication");
			}
		}
		finally {
			process.destroy();
			process.waitFor(30, TimeUnit.SECONDS);
		}
	}

	private static void read(Process process, StringBuilder output, CountDownLatch started) {
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = lines.readLine()) != null) {
				synchronized (output) {
					output.append(line).append('\n');
				}
				if (line.contains(STARTED)) {
					started.countDown();
				}
			}
		}
		catch (IOException ex) {
			// The process ended
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
