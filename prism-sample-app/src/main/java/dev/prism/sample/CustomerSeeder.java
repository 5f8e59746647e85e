package dev.prism.sample;

import java.util.List;

import dev.prism.seed.PrismSeeder;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Sample customers, inserted once when {@code prism.db.seed=true}.
 */
@Component
@Order(1)
class CustomerSeeder implements PrismSeeder {

	private final CustomerRepository customers;

	CustomerSeeder(CustomerRepository customers) {
		this.customers = customers;
	}

	@Override
	public void seed() {
		this.customers.insertAll(List.of(new Customer("Acme Corp", "contact@acme.com", "customer"),
				new Customer("Widget Inc", "hello@widget.io", "prospect")));
	}

}
