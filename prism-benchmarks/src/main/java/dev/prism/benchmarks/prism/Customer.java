package dev.prism.benchmarks.prism;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A soft-deletable customer, the Prism side of the read and bulk benchmarks.
 */
@Entity
@Table(name = "customers")
public class Customer extends CustomerColumns {

	protected Customer() {
	}

	public Customer(String name, String email, String status) {
		super(name, email, status);
	}

}
