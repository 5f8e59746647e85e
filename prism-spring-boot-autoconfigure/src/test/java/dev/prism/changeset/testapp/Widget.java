package dev.prism.changeset.testapp;

import dev.prism.entity.SoftDeletableEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/**
 * A soft-deletable entity whose code is unique among live widgets and whose label is
 * indexed.
 */
@Entity
@Table(name = "widgets", indexes = @Index(name = "widgets_label", columnList = "label"))
public class Widget extends SoftDeletableEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 40, unique = true)
	private String code;

	@Column(length = 80)
	private String label;

	protected Widget() {
	}

	public Long getId() {
		return this.id;
	}

}
