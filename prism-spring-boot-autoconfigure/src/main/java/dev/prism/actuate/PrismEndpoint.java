package dev.prism.actuate;

import dev.prism.info.PrismStatus;
import dev.prism.info.PrismStatusReader;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * {@link Endpoint @Endpoint} that shows the applied and pending changesets, the recorded
 * and pending seeders, the migration lock and the environment stamp.
 */
@Endpoint(id = "prism")
public class PrismEndpoint {

	private final PrismStatusReader statusReader;

	/**
	 * Create a new instance.
	 * @param statusReader reads the status
	 */
	public PrismEndpoint(PrismStatusReader statusReader) {
		this.statusReader = statusReader;
	}

	/**
	 * Return the database's status.
	 * @return the status
	 */
	@ReadOperation
	public PrismStatus prism() {
		return this.statusReader.read();
	}

}
