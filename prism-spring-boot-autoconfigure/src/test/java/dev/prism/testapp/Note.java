package dev.prism.testapp;

import dev.prism.entity.TimestampedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Timestamps without soft delete.
 */
@Entity
@Table(name = "notes")
public class Note extends TimestampedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String body;

	protected Note() {
	}

	public Note(String body) {
		this.body = body;
	}

	public Long getId() {
		return this.id;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

}
