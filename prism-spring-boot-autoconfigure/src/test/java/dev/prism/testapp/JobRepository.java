package dev.prism.testapp;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface JobRepository extends JpaRepository<Job, Long> {

	@Query("select j.employee from Job j order by j.id")
	List<Member> employees();

	@Query("select j from Job j join j.employee e order by j.id")
	List<Job> withEmployees();

}
