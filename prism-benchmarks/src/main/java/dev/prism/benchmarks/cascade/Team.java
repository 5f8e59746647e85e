package dev.prism.benchmarks.cascade;

import java.util.ArrayList;
import java.util.List;

import dev.prism.entity.PrismEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

/**
 * A parent whose soft delete cascades to its {@link TeamMember}s, for the cascade soft
 * delete benchmark.
 */
@Entity
@Table(name = "teams")
public class Team extends PrismEntity {

	@Column(nullable = false)
	private String name;

	@OneToMany(mappedBy = "team", cascade = CascadeType.REMOVE)
	private List<TeamMember> members = new ArrayList<>();

	protected Team() {
	}

	public String getName() {
		return this.name;
	}

	public List<TeamMember> getMembers() {
		return this.members;
	}

}
