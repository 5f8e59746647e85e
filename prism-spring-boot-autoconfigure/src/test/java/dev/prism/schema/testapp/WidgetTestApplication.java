package dev.prism.schema.testapp;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * The application the column check tests run against: one soft-deletable {@link Widget}
 * whose table {@code db/schema/widgets.yaml} creates without {@code updated_at} and
 * {@code deleted_at} when the {@code complete} context is not active.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class WidgetTestApplication {

}
