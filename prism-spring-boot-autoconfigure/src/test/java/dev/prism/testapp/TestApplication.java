package dev.prism.testapp;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * The application the behaviour tests run against: plain auto-configuration, no
 * {@code @EnableJpaRepositories}.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class TestApplication {

}
