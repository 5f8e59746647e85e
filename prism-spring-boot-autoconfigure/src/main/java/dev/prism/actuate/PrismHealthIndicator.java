package dev.prism.actuate;

import java.util.List;

import dev.prism.info.PrismStatus.Changeset;
import dev.prism.info.PrismStatus.Changesets;
import dev.prism.info.PrismStatusReader;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Health of the database's migrations: {@code UP} when every changeset is applied,
 * {@code OUT_OF_SERVICE} while changesets are pending, {@code DOWN} when the changelog or
 * the database cannot be read.
 */
public class PrismHealthIndicator extends AbstractHealthIndicator {

	private final PrismStatusReader statusReader;

	/**
	 * Create a new instance.
	 * @param statusReader reads the changesets
	 */
	public PrismHealthIndicator(PrismStatusReader statusReader) {
		super("Prism migration health check failed");
		this.statusReader = statusReader;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		Changesets changesets = this.statusReader.changesets();
		List<String> pending = changesets.pending().stream().map(Changeset::name).toList();
		builder.withDetail("applied", changesets.applied().size()).withDetail("pending", pending);
		if (pending.isEmpty()) {
			builder.up();
		}
		else {
			builder.outOfService();
		}
	}

}
