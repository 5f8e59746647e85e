package dev.prism.testapp;

import java.math.BigDecimal;

import dev.prism.entity.PrismEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "orders")
public class PurchaseOrder extends PrismEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "customer_id")
	private Customer customer;

	@Column(name = "order_number", nullable = false)
	private String number;

	@Column(nullable = false)
	private BigDecimal total;

	protected PurchaseOrder() {
	}

	public PurchaseOrder(Customer customer, String number, BigDecimal total) {
		this.customer = customer;
		this.number = number;
		this.total = total;
	}

	public String getCustomerName() {
		return this.customer.getName();
	}

	public String getNumber() {
		return this.number;
	}

	public BigDecimal getTotal() {
		return this.total;
	}

}
