package dev.prism.benchmarks.prism;

import java.util.Optional;

import dev.prism.repository.PrismRepository;

import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;

/**
 * Prism repository of {@link Customer}s.
 */
public interface CustomerRepository extends PrismRepository<Customer> {

	Optional<Customer> findByEmail(String email);

	Window<Customer> findFirst20ByOrderByIdAsc(ScrollPosition position);

}
