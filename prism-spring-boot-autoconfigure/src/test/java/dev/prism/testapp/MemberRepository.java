package dev.prism.testapp;

import java.util.List;
import java.util.Optional;

import dev.prism.repository.IncludeDeleted;
import dev.prism.repository.PrismRepository;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

public interface MemberRepository extends PrismRepository<Member> {

	@Transactional
	long removeByName(String name);

	@Transactional
	long deleteByTeam(Team team);

	@Transactional
	@Modifying
	@Query("delete from Member m where m.name like :prefix%")
	int deleteNamed(@Param("prefix") String prefix);

	@Transactional
	@Modifying
	@Query("update Member m set m.visits = m.visits + 1 where m.name = :name")
	int visit(@Param("name") String name);

	@IncludeDeleted
	Optional<Member> findWithDeletedById(Long id);

	List<Member> findByName(String name);

	@Override
	@EntityGraph(attributePaths = "team")
	Optional<Member> findById(Long id);

}
