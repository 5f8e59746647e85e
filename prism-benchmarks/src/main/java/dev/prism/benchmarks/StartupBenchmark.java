package dev.prism.benchmarks;

import java.util.concurrent.TimeUnit;

import dev.prism.benchmarks.plain.PlainStartupApplication;
import dev.prism.benchmarks.prism.PrismStartupApplication;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * P4: starting the application context with the Prism starter on an already migrated
 * schema, against the same application on plain Spring Boot, Spring Data JPA and
 * Liquibase. Each measurement is one start in a JVM that has started the application
 * before (the warmup), which keeps class loading and JIT out of the comparison.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
@State(Scope.Benchmark)
public class StartupBenchmark {

	@Param({ "sqlite", "postgres" })
	public String database;

	private ConfigurableApplicationContext context;

	@TearDown(Level.Iteration)
	public void stop() {
		if (this.context != null) {
			this.context.close();
			this.context = null;
		}
	}

	@Benchmark
	public Object start_plain() {
		this.context = Contexts.start(PlainStartupApplication.class, BenchmarkDatabase.of(this.database));
		return this.context;
	}

	@Benchmark
	public Object start_prism() {
		this.context = Contexts.start(PrismStartupApplication.class, BenchmarkDatabase.of(this.database));
		return this.context;
	}

}
