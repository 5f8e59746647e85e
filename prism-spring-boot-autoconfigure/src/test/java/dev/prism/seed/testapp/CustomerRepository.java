package dev.prism.seed.testapp;

import java.util.Optional;

import dev.prism.repository.PrismRepository;

public interface CustomerRepository extends PrismRepository<Customer> {

	Optional<Customer> findByEmail(String email);

}
