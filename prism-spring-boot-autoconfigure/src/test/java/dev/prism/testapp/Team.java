package dev.prism.testapp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.prism.entity.DeletedBy;
import dev.prism.entity.PrismEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;

/**
 * A soft-deletable parent: members (soft-deletable) and badges (not soft-deletable) cascade
 * from it, and it links to tags through a join table.
 */
@Entity
@Table(name = "teams")
public class Team extends PrismEntity {

	private String name;

	@DeletedBy
	@Column(name = "deleted_by")
	private String deletedBy;

	@LastModifiedBy
	@Column(name = "modified_by")
	private String modifiedBy;

	@LastModifiedDate
	@Column(name = "modified_on")
	private long modifiedOn;

	@OneToMany(mappedBy = "team", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<Member> members = new ArrayList<>();

	@OneToMany(mappedBy = "team", cascade = CascadeType.REMOVE)
	private List<Badge> badges = new ArrayList<>();

	@OneToOne(mappedBy = "team")
	private Charter charter;

	@ManyToMany
	@JoinTable(name = "team_tags", joinColumns = @JoinColumn(name = "team_id"),
			inverseJoinColumns = @JoinColumn(name = "tag_id"))
	private Set<Tag> tags = new HashSet<>();

	protected Team() {
	}

	public Team(String name) {
		this.name = name;
	}

	public String getName() {
		return this.name;
	}

	public String getDeletedBy() {
		return this.deletedBy;
	}

	public String getModifiedBy() {
		return this.modifiedBy;
	}

	public List<Member> getMembers() {
		return this.members;
	}

	public List<Badge> getBadges() {
		return this.badges;
	}

	public Charter getCharter() {
		return this.charter;
	}

	public Set<Tag> getTags() {
		return this.tags;
	}

	public Member addMember(String name) {
		Member member = new Member(this, name);
		this.members.add(member);
		return member;
	}

}
