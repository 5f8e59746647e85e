package dev.prism.sample;

import java.util.ArrayList;
import java.util.List;

import dev.prism.entity.DeletedBy;
import dev.prism.entity.PrismEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnDefault;

/**
 * A customer. Deleting one through {@link CustomerRepository} soft deletes it.
 */
@Entity
@Table(name = "customers")
public class Customer extends PrismEntity {

	/**
	 * Status of new customers, and the value the status migration gave existing rows.
	 */
	public static final String ACTIVE = "active";

	@Column(name = "name", nullable = false, length = 200)
	private String name;

	@Column(name = "email", nullable = false, length = 200, unique = true)
	private String email;

	@Column(name = "status", nullable = false, length = 50)
	@ColumnDefault("'active'")
	private String status = ACTIVE;

	// Added by changeset 005 with a portable addColumn, made in place on SQLite.
	@Column(name = "phone", length = 30)
	private String phone;

	// Set from the X-User request header on every soft delete, cleared on restore.
	@DeletedBy
	@Column(name = "deleted_by", length = 100)
	private String deletedBy;

	// Soft-deleted orders are left out of this collection by Prism. Soft deleting a
	// customer soft deletes its orders with the same deleted_at, and restoring the customer
	// brings back exactly those orders.
	@OneToMany(mappedBy = "customer", cascade = CascadeType.REMOVE)
	@OrderBy("orderNumber")
	private List<Order> orders = new ArrayList<>();

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

	public void setName(String name) {
		this.name = name;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getStatus() {
		return this.status;
	}

	public void setStatus(String status) {
		this.status = status;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public List<Order> getOrders() {
		return this.orders;
	}

	public String getDeletedBy() {
		return this.deletedBy;
	}

}
