package dev.prism.benchmarks.plain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Stock Spring Data JPA repository of {@link PlainCustomer}s.
 */
public interface PlainCustomerRepository extends JpaRepository<PlainCustomer, Long> {

	Optional<PlainCustomer> findByEmail(String email);

}
