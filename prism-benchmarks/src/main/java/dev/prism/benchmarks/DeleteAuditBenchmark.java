package dev.prism.benchmarks;

import java.util.concurrent.TimeUnit;

import dev.prism.benchmarks.audit.AuditedCustomerRepository;
import dev.prism.benchmarks.prism.CustomerRepository;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * P5: soft delete of {@value Rows#BULK_IDS} ids with a no-op {@code SoftDeletedEvent}
 * listener and a {@code @DeletedBy} column ({@code AuditedCustomer}) against the same soft
 * delete of the same rows without them ({@code Customer}, which no listener receives).
 * Each measured call is one transaction on freshly reset rows.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = BulkRowsBenchmark.WARMUP_OPERATIONS)
@Measurement(iterations = 5)
@Fork(1)
public class DeleteAuditBenchmark extends BulkRowsBenchmark {

	@Benchmark
	public int softDelete_audited() {
		return expect(bean(AuditedCustomerRepository.class).softDeleteAllById(this.liveIds));
	}

	@Benchmark
	public int softDelete_unaudited() {
		return expect(bean(CustomerRepository.class).softDeleteAllById(this.liveIds));
	}

}
