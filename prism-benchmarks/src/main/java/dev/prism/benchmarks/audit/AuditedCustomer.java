package dev.prism.benchmarks.audit;

import dev.prism.benchmarks.prism.CustomerColumns;
import dev.prism.entity.DeletedBy;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * The benchmarks' customers with a {@code @DeletedBy} column, on the same table as
 * {@link dev.prism.benchmarks.prism.Customer}, for P5.
 */
@Entity(name = "AuditedCustomer")
@Table(name = "customers")
public class AuditedCustomer extends CustomerColumns {

	@DeletedBy
	@Column(name = "deleted_by")
	private String deletedBy;

	protected AuditedCustomer() {
	}

	public String getDeletedBy() {
		return this.deletedBy;
	}

}
