package dev.prism.sample;

import java.math.BigDecimal;
import java.util.List;

import dev.prism.seed.PrismSeeder;

import org.springframework.stereotype.Component;

/**
 * Sample orders for the first seeded customer; runs after {@link CustomerSeeder}. The
 * entity is named {@code Order}, so the annotation is written out in full.
 */
@Component
@org.springframework.core.annotation.Order(2)
class OrderSeeder implements PrismSeeder {

	private final CustomerRepository customers;

	private final OrderRepository orders;

	OrderSeeder(CustomerRepository customers, OrderRepository orders) {
		this.customers = customers;
		this.orders = orders;
	}

	@Override
	public void seed() {
		Customer acme = this.customers.findByEmail("contact@acme.com")
			.orElseThrow(() -> new IllegalStateException("CustomerSeeder must run first: contact@acme.com is missing"));
		this.orders.insertAll(List.of(new Order(acme, "ORD-001", new BigDecimal("99.99")),
				new Order(acme, "ORD-002", new BigDecimal("149.99"))));
	}

}
