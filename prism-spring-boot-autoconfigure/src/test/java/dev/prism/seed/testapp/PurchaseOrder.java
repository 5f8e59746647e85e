package dev.prism.seed.testapp;

import java.math.BigDecimal;

import dev.prism.entity.PrismEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "orders")
public class PurchaseOrder extends PrismEntity {

	@ManyToOne(optional = false)
	@JoinColumn(name = "customer_id")
	private Customer customer;

	@Column(name = "order_number", nullable = false)
	private String orderNumber;

	@Column(nullable = false, precision = 12, scale = 2)
	private BigDecimal total;

	protected PurchaseOrder() {
	}

	public PurchaseOrder(Customer customer, String orderNumber, BigDecimal total) {
		this.customer = customer;
		this.orderNumber = orderNumber;
		this.total = total;
	}

	public Customer getCustomer() {
		return this.customer;
	}

	public String getOrderNumber() {
		return this.orderNumber;
	}

	public BigDecimal getTotal() {
		return this.total;
	}

}
