package dev.prism.testapp;

import java.util.ArrayList;
import java.util.List;

import dev.prism.entity.DeletedBy;
import dev.prism.entity.PrismEntity;
import dev.prism.entity.PruneAfter;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A versioned, soft-deletable child of {@link Team} that records its lifecycle callbacks.
 */
@Entity
@Table(name = "members")
@PruneAfter("P1D")
public class Member extends PrismEntity {

	/**
	 * Callbacks run on any member, in order, as "PreRemove:name".
	 */
	public static final List<String> callbacks = new ArrayList<>();

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "team_id")
	private Team team;

	private String name;

	@DeletedBy
	@Column(name = "deleted_by")
	private String deletedBy;

	private int visits;

	@Version
	private long version;

	protected Member() {
	}

	public Member(Team team, String name) {
		this.team = team;
		this.name = name;
	}

	public Team getTeam() {
		return this.team;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDeletedBy() {
		return this.deletedBy;
	}

	public int getVisits() {
		return this.visits;
	}

	public long getVersion() {
		return this.version;
	}

	@PreRemove
	void preRemove() {
		callbacks.add("PreRemove:" + this.name);
	}

	@PostRemove
	void postRemove() {
		callbacks.add("PostRemove:" + this.name);
	}

	@PreUpdate
	void preUpdate() {
		callbacks.add("PreUpdate:" + this.name);
	}

	@PostUpdate
	void postUpdate() {
		callbacks.add("PostUpdate:" + this.name);
	}

}
