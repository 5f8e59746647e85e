package dev.prism.testapp;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Test data of the delete-path entities: teams with their members, and a clean slate.
 */
public final class Teams {

	private static final List<String> TABLES = List.of("jobs", "charters", "team_tags", "badges", "members", "teams",
			"bookings", "tags");

	private Teams() {
	}

	/**
	 * Delete every row of the delete-path tables, children first.
	 * @param jdbc the JDBC template
	 */
	public static void deleteAll(JdbcTemplate jdbc) {
		TABLES.forEach((table) -> jdbc.update("delete from " + table));
	}

	/**
	 * Persist a team with members of the given names, in a transaction of its own.
	 * @param transactions the transactions to run in
	 * @param entityManager the entity manager
	 * @param name the team's name
	 * @param memberNames the names of its members
	 * @return the persisted team
	 */
	public static Team persist(TransactionOperations transactions, EntityManager entityManager, String name,
			String... memberNames) {
		return transactions.execute((status) -> {
			Team team = new Team(name);
			for (String member : memberNames) {
				team.addMember(member);
			}
			entityManager.persist(team);
			return team;
		});
	}

}
