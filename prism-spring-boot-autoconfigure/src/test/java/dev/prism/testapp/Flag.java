package dev.prism.testapp;

import java.time.Instant;

import dev.prism.entity.SoftDeletable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Filter;

/**
 * Soft delete without timestamps, declared by hand as the docs describe.
 */
@Entity
@Table(name = "flags")
@Filter(name = SoftDeletable.FILTER)
public class Flag implements SoftDeletable {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	@Column(name = "deleted_at")
	private Instant deletedAt;

	protected Flag() {
	}

	public Flag(String name) {
		this.name = name;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	@Override
	public Instant getDeletedAt() {
		return this.deletedAt;
	}

	@Override
	public void setDeletedAt(Instant deletedAt) {
		this.deletedAt = deletedAt;
	}

}
