package dev.prism.liveindex;

import dev.prism.testapp.TestApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The startup warning about plain unique indexes: the test schema has a plain unique index
 * on {@code devices.serial} and a live (partial) unique index on {@code customers.email};
 * the output is captured from before the application context starts.
 */
@SpringBootTest(classes = TestApplication.class)
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
abstract class AbstractPlainUniqueIndexCheckTests {

	@Test
	void warnsAtStartupOncePerPlainUniqueIndexOfASoftDeletableTableAndNotForLiveIndexes(CapturedOutput output) {
		assertThat(output).containsOnlyOnce(
				"Unique index devices_serial_unique on devices[serial] covers soft-deleted rows: a deleted row keeps holding this value; use createLiveUniqueIndex");
		assertThat(output).doesNotContain("Unique index customers_email_live");
		assertThat(output.toString().lines().filter((line) -> line.contains("use createLiveUniqueIndex")))
			.hasSize(1);
	}

}
