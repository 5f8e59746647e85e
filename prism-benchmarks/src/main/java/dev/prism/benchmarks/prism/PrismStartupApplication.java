package dev.prism.benchmarks.prism;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * The application whose start the startup benchmark measures with the Prism starter: one
 * {@link Customer} entity and its {@link CustomerRepository}.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class PrismStartupApplication {

}
