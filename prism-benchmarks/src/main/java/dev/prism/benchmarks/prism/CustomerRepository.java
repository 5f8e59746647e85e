package dev.prism.benchmarks.prism;

import java.util.Optional;

import dev.prism.repository.PrismRepository;

/**
 * Prism repository of {@link Customer}s.
 */
public interface CustomerRepository extends PrismRepository<Customer> {

	Optional<Customer> findByEmail(String email);

}
