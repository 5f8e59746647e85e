package dev.prism.testapp;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An entity without soft delete or timestamps, kept by a plain JpaRepository.
 */
@Entity
@Table(name = "tags")
public class Tag {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String label;

	protected Tag() {
	}

	public Tag(String label) {
		this.label = label;
	}

	public Long getId() {
		return this.id;
	}

	public String getLabel() {
		return this.label;
	}

}
