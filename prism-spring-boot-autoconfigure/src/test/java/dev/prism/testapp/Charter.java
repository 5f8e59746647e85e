package dev.prism.testapp;

import dev.prism.entity.PrismEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/**
 * The soft-deletable owning side of {@link Team}'s inverse one-to-one.
 */
@Entity
@Table(name = "charters")
public class Charter extends PrismEntity {

	@OneToOne
	@JoinColumn(name = "team_id")
	private Team team;

	private String motto;

	protected Charter() {
	}

	public Charter(Team team, String motto) {
		this.team = team;
		this.motto = motto;
	}

	public String getMotto() {
		return this.motto;
	}

}
