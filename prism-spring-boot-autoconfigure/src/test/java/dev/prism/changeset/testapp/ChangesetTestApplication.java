package dev.prism.changeset.testapp;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * The application the changeset tests run against: one {@link Gadget} entity whose
 * {@code color} column the starting changelog ({@code db/changeset/master.yaml}) lacks.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class ChangesetTestApplication {

}
