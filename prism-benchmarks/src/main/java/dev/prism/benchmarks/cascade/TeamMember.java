package dev.prism.benchmarks.cascade;

import dev.prism.entity.PrismEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A child of a {@link Team}, soft deleted with it.
 */
@Entity
@Table(name = "team_members")
public class TeamMember extends PrismEntity {

	@Column(nullable = false)
	private String name;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "team_id", nullable = false)
	private Team team;

	protected TeamMember() {
	}

	public String getName() {
		return this.name;
	}

	public Team getTeam() {
		return this.team;
	}

}
