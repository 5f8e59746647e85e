package dev.prism.testapp;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A child of {@link Team} without soft delete.
 */
@Entity
@Table(name = "badges")
public class Badge {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne
	@JoinColumn(name = "team_id")
	private Team team;

	private String label;

	protected Badge() {
	}

	public Badge(Team team, String label) {
		this.team = team;
		this.label = label;
	}

	public Long getId() {
		return this.id;
	}

}
