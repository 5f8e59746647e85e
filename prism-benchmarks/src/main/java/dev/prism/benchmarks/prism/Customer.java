package dev.prism.benchmarks.prism;

import dev.prism.entity.PrismEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A soft-deletable customer, the Prism side of the read and bulk benchmarks.
 */
@Entity
@Table(name = "customers")
public class Customer extends PrismEntity {

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String email;

	@Column(nullable = false)
	private String status;

	protected Customer() {
	}

	public Customer(String name, String email, String status) {
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
