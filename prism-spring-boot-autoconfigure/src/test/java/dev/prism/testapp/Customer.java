package dev.prism.testapp;

import java.util.ArrayList;
import java.util.List;

import dev.prism.entity.PrismEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

@Entity
@Table(name = "customers")
public class Customer extends PrismEntity {

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String email;

	@Column(nullable = false)
	private String status = "active";

	@OneToMany(mappedBy = "customer")
	@OrderBy("number")
	private List<PurchaseOrder> orders = new ArrayList<>();

	protected Customer() {
	}

	public Customer(String name, String email) {
		this.name = name;
		this.email = email;
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

	public String getStatus() {
		return this.status;
	}

	public void setStatus(String status) {
		this.status = status;
	}

	public List<PurchaseOrder> getOrders() {
		return this.orders;
	}

}
