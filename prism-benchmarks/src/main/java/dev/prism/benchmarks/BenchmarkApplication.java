package dev.prism.benchmarks;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * The application the read, bulk and insert benchmarks run in: Prism and plain repositories
 * side by side in one context, so both sides share the connection pool and the JVM.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class BenchmarkApplication {

}
