package dev.prism.benchmarks.prism;

import dev.prism.entity.PrismEntity;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * The columns of the Prism-side customer tables, shared by {@link Customer} and the insert
 * benchmark's customer.
 */
@MappedSuperclass
public abstract class CustomerColumns extends PrismEntity {

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String email;

	@Column(nullable = false)
	private String status;

	protected CustomerColumns() {
	}

	protected CustomerColumns(String name, String email, String status) {
		this.name = name;
		this.email = email;
		this.status = status;
	}

	public String getName() {
		return this.name;
	}

	public String getEmail() {
		return this.email;
	}

	public String getStatus() {
		return this.status;
	}

}
