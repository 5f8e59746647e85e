package dev.prism.testapp;

import dev.prism.repository.PrismRepository;

import org.springframework.transaction.annotation.Transactional;

public interface TeamRepository extends PrismRepository<Team> {

	@Transactional
	long deleteByName(String name);

}
