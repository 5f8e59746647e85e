package dev.prism.testapp;

import java.util.List;
import java.util.Optional;

import dev.prism.repository.IncludeDeleted;
import dev.prism.repository.PrismRepository;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CustomerRepository extends PrismRepository<Customer> {

	Optional<Customer> findByEmail(String email);

	List<Customer> findByStatusOrderByName(String status);

	long countByStatus(String status);

	Page<Customer> findByName(String name, Pageable pageable);

	boolean existsByEmail(String email);

	@Query("select c from Customer c where c.name like :prefix%")
	List<Customer> findNamed(@Param("prefix") String prefix);

	@IncludeDeleted
	@Query("select c from Customer c where c.email = :email")
	Optional<Customer> findAnyByEmail(@Param("email") String email);

}
