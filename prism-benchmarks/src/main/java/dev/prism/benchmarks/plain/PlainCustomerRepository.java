package dev.prism.benchmarks.plain;

import java.util.Optional;

import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Stock Spring Data JPA repository of {@link PlainCustomer}s.
 */
public interface PlainCustomerRepository extends JpaRepository<PlainCustomer, Long> {

	Optional<PlainCustomer> findByEmail(String email);

	Window<PlainCustomer> findFirst20ByOrderByIdAsc(ScrollPosition position);

}
