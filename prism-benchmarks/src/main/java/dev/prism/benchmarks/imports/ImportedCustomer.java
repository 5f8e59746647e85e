package dev.prism.benchmarks.imports;

import dev.prism.benchmarks.prism.CustomerColumns;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A customer inserted by the insert benchmark, on a table of its own.
 */
@Entity
@Table(name = "imported_customers")
public class ImportedCustomer extends CustomerColumns {

	protected ImportedCustomer() {
	}

	public ImportedCustomer(String name, String email, String status) {
		super(name, email, status);
	}

}
