package dev.prism.testapp;

import java.util.List;

import dev.prism.repository.PrismRepository;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

public interface TeamRepository extends PrismRepository<Team> {

	@Transactional
	long deleteByName(String name);

	@Query("select distinct t from Team t join t.members m where m.name = :name")
	List<Team> withMember(@Param("name") String name);

}
