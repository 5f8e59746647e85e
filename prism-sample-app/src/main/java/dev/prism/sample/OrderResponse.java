package dev.prism.sample;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An order as the API returns it.
 *
 * @param id the id
 * @param customerId the id of the customer who placed it
 * @param orderNumber the order number
 * @param total the total
 * @param createdAt when the order was created
 * @param updatedAt when the order was last changed
 */
public record OrderResponse(Long id, Long customerId, String orderNumber, BigDecimal total, Instant createdAt,
		Instant updatedAt) {

	static OrderResponse of(Order order) {
		return new OrderResponse(order.getId(), order.getCustomer().getId(), order.getOrderNumber(), order.getTotal(),
				order.getCreatedAt(), order.getUpdatedAt());
	}

}
