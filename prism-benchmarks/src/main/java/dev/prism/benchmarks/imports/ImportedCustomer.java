package dev.prism.benchmarks.imports;

import dev.prism.entity.PrismEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A customer inserted by the insert benchmark, on a table of its own.
 */
@Entity
@Table(name = "imported_customers")
public class ImportedCustomer extends PrismEntity {

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String email;

	@Column(nullable = false)
	private String status;

	protected ImportedCustomer() {
	}

	public ImportedCustomer(String name, String email, String status) {
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
