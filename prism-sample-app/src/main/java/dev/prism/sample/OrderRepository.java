package dev.prism.sample;

import java.util.Optional;

import dev.prism.repository.PrismRepository;

/**
 * Orders.
 */
public interface OrderRepository extends PrismRepository<Order> {

	Optional<Order> findByIdAndCustomerId(Long id, Long customerId);

}
