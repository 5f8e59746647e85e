package dev.prism.sample;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * REST API for a customer's orders.
 */
@RestController
@RequestMapping("/api/customers/{customerId}/orders")
class OrderController {

	private final CustomerService customers;

	OrderController(CustomerService customers) {
		this.customers = customers;
	}

	@GetMapping
	List<OrderResponse> list(@PathVariable Long customerId) {
		return this.customers.orders(customerId).stream().map(OrderResponse::of).toList();
	}

	@GetMapping("/{orderId}")
	OrderResponse get(@PathVariable Long customerId, @PathVariable Long orderId) {
		return OrderResponse.of(this.customers.order(customerId, orderId));
	}

	@PostMapping
	ResponseEntity<OrderResponse> create(@PathVariable Long customerId, @Valid @RequestBody OrderRequest request,
			UriComponentsBuilder uriBuilder) {
		Order order = this.customers.addOrder(customerId, request);
		URI location = uriBuilder.path("/api/customers/{customerId}/orders/{orderId}")
			.build(customerId, order.getId());
		return ResponseEntity.created(location).body(OrderResponse.of(order));
	}

	@DeleteMapping("/{orderId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable Long customerId, @PathVariable Long orderId) {
		this.customers.deleteOrder(customerId, orderId);
	}

}
