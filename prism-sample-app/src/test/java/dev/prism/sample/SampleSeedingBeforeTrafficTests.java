package dev.prism.sample;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import dev.prism.seed.PrismSeeder;
import dev.prism.test.TestDatabases;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.servlet.context.ServletWebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code prism.db.seed=true} the web server accepts requests only once seeding has
 * finished: a client that polls the port from the first moment of startup gets its first
 * response after the last (slow) seeder ended, and that response lists the seeded
 * customers.
 */
class SampleSeedingBeforeTrafficTests {

	@Test
	void webServerAcceptsRequestsOnlyAfterSeedingFinished() throws Exception {
		int port = freePort();
		CompletableFuture<FirstResponse> firstResponse = CompletableFuture
			.supplyAsync(() -> pollUntilServed(port, Duration.ofMinutes(2)));
		String[] database = TestDatabases.sqlite().properties();
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PrismSampleApplication.class,
				SlowSeederConfiguration.class)
			.run(Stream.concat(Stream.of(database), Stream.of("prism.db.seed=true", "server.port=" + port))
				.map((property) -> "--" + property)
				.toArray(String[]::new))) {
			SlowSeeder seeder = context.getBean(SlowSeeder.class);
			FirstResponse response = firstResponse.get(2, TimeUnit.MINUTES);
			assertThat(seeder.finishedAt).isPositive();
			assertThat(context.getBean(WebServerStartRecorder.class).seedingFinishedAtWebServerStart).isTrue();
			assertThat(response.receivedAt()).isGreaterThan(seeder.finishedAt);
			assertThat(response.body()).contains("Acme Corp", "Widget Inc");
		}
	}

	private static FirstResponse pollUntilServed(int port, Duration timeout) {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/customers"))
			.build();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			try {
				HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
				return new FirstResponse(System.nanoTime(), response.statusCode(), response.body());
			}
			catch (IOException ex) {
				sleep(10);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		throw new IllegalStateException("No response from port " + port + " within " + timeout);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	record FirstResponse(long receivedAt, int status, String body) {
	}

	@Configuration(proxyBeanMethods = false)
	static class SlowSeederConfiguration {

		@Bean
		@Order(Ordered.LOWEST_PRECEDENCE)
		SlowSeeder slowSeeder() {
			return new SlowSeeder();
		}

		@Bean
		WebServerStartRecorder webServerStartRecorder(SlowSeeder seeder) {
			return new WebServerStartRecorder(seeder);
		}

	}

	/**
	 * The last seeder: takes a while, then notes when it finished.
	 */
	static class SlowSeeder implements PrismSeeder {

		volatile long finishedAt;

		@Override
		public void seed() throws InterruptedException {
			Thread.sleep(1500);
			this.finishedAt = System.nanoTime();
		}

	}

	/**
	 * Notes whether seeding had finished when the web server started.
	 */
	static class WebServerStartRecorder implements ApplicationListener<ServletWebServerInitializedEvent> {

		private final SlowSeeder seeder;

		volatile boolean seedingFinishedAtWebServerStart;

		WebServerStartRecorder(SlowSeeder seeder) {
			this.seeder = seeder;
		}

		@Override
		public void onApplicationEvent(ServletWebServerInitializedEvent event) {
			this.seedingFinishedAtWebServerStart = this.seeder.finishedAt != 0;
		}

	}

}
