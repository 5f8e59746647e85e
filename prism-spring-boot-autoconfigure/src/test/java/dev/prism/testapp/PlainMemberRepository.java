package dev.prism.testapp;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Stock Spring Data over a soft-deletable entity.
 */
public interface PlainMemberRepository extends JpaRepository<Member, Long> {

}
