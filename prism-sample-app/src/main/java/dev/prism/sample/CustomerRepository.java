package dev.prism.sample;

import java.util.List;
import java.util.Optional;

import dev.prism.repository.IncludeDeleted;
import dev.prism.repository.PrismRepository;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Customers. Every query, derived ones included, skips soft-deleted customers unless marked
 * {@link IncludeDeleted} or run in a {@link dev.prism.repository.SoftDeleteScope}.
 */
public interface CustomerRepository extends PrismRepository<Customer> {

	Optional<Customer> findByEmail(String email);

	Page<Customer> findByStatus(String status, Pageable pageable);

	Page<Customer> findByStatusAndDeletedAtIsNotNull(String status, Pageable pageable);

	long countByStatus(String status);

	/**
	 * Find every customer that has had this email, deleted ones included: the email is
	 * unique among live customers only.
	 * @param email the email
	 * @return the customers, oldest first
	 */
	@IncludeDeleted
	List<Customer> findAllByEmailOrderByCreatedAtAsc(String email);

}
