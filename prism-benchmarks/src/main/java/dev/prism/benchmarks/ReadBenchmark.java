package dev.prism.benchmarks;

import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import dev.prism.benchmarks.plain.PlainCustomerRepository;
import dev.prism.benchmarks.prism.CustomerRepository;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;

/**
 * P1: reads through a {@code PrismRepository} on {@link Rows#COUNT} rows of which 10% are
 * soft deleted (by id, pages 0 to {@value #PAGES}, a page {@value #DEEP_PAGE_PERCENT}% deep, by
 * email, count, and a keyset {@code Window} of 20 after a random id), against the same reads through a plain {@code JpaRepository} on an identical
 * table without soft delete. Each call is its own read-only transaction, as in a service
 * without {@code @Transactional}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class ReadBenchmark {

	/**
	 * Pages {@code findAll(Pageable)} cycles through, 20 rows each.
	 */
	static final int PAGES = 50;

	/**
	 * How deep into the live rows the deep page lies, in percent.
	 */
	static final int DEEP_PAGE_PERCENT = 80;

	@Param({ "sqlite", "postgres" })
	public String database;

	private ConfigurableApplicationContext context;

	private CustomerRepository prism;

	private PlainCustomerRepository plain;

	private final long[] ids = Rows.liveIdsShuffled();

	private int next;

	@Setup
	public void start() throws SQLException {
		BenchmarkDatabase database = BenchmarkDatabase.of(this.database);
		this.context = Contexts.start(BenchmarkApplication.class, database);
		this.prism = this.context.getBean(CustomerRepository.class);
		this.plain = this.context.getBean(PlainCustomerRepository.class);
		Rows.vacuum(this.context.getBean(DataSource.class), database);
	}

	@TearDown
	public void stop() {
		this.context.close();
	}

	private long nextId() {
		this.next = (this.next + 1) % this.ids.length;
		return this.ids[this.next];
	}

	private PageRequest nextPage() {
		return PageRequest.of((int) (nextId() % PAGES), 20, Sort.by("id"));
	}

	@Benchmark
	public Object findById_plain() {
		return this.plain.findById(nextId()).orElseThrow();
	}

	@Benchmark
	public Object findById_prism() {
		return this.prism.findById(nextId()).orElseThrow();
	}

	@Benchmark
	public Object findAllPage_plain() {
		return nonEmpty(this.plain.findAll(nextPage()));
	}

	@Benchmark
	public Object findAllPage_prism() {
		return nonEmpty(this.prism.findAll(nextPage()));
	}

	@Benchmark
	public Object findDeepPage_plain() {
		return nonEmpty(this.plain.findAll(deepPage()));
	}

	@Benchmark
	public Object findDeepPage_prism() {
		return nonEmpty(this.prism.findAll(deepPage()));
	}

	@Benchmark
	public Object scroll_plain() {
		return nonEmpty(this.plain.findFirst20ByOrderByIdAsc(nextKeyset()));
	}

	@Benchmark
	public Object scroll_prism() {
		return nonEmpty(this.prism.findFirst20ByOrderByIdAsc(nextKeyset()));
	}

	@Benchmark
	public Object findByEmail_plain() {
		return this.plain.findByEmail(Rows.email(nextId())).orElseThrow();
	}

	@Benchmark
	public Object findByEmail_prism() {
		return this.prism.findByEmail(Rows.email(nextId())).orElseThrow();
	}

	@Benchmark
	public long count_plain() {
		return this.plain.count();
	}

	@Benchmark
	public long count_prism() {
		return this.prism.count();
	}

	/**
	 * The page {@value #DEEP_PAGE_PERCENT}% into the live rows.
	 */
	private static PageRequest deepPage() {
		return PageRequest.of(Rows.COUNT / 100 * DEEP_PAGE_PERCENT / 20, 20, Sort.by("id"));
	}

	/**
	 * The keyset position after a random live id, as deep as the rows go.
	 */
	private ScrollPosition nextKeyset() {
		return ScrollPosition.forward(Map.of("id", nextId() % (Rows.COUNT - 100)));
	}

	private static Window<?> nonEmpty(Window<?> window) {
		if (window.size() != 20) {
			throw new IllegalStateException("Expected a full window, got " + window.size() + " rows");
		}
		return window;
	}

	private static Page<?> nonEmpty(Page<?> page) {
		if (page.getNumberOfElements() != 20) {
			throw new IllegalStateException("Expected a full page, got " + page);
		}
		return page;
	}

}
