package dev.prism.sample;

import java.math.BigDecimal;

import dev.prism.entity.PrismEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/**
 * An order of a {@link Customer}. The database removes a customer's orders when the
 * customer is hard deleted ({@code ON DELETE CASCADE}).
 */
@Entity
@Table(name = "orders", indexes = @Index(name = "orders_customer", columnList = "customer_id"))
public class Order extends PrismEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "customer_id", nullable = false)
	@OnDelete(action = OnDeleteAction.CASCADE)
	private Customer customer;

	@Column(name = "order_number", nullable = false, length = 50)
	private String orderNumber;

	@Column(name = "total", nullable = false, precision = 12, scale = 2)
	private BigDecimal total;

	protected Order() {
	}

	public Order(Customer customer, String orderNumber, BigDecimal total) {
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
