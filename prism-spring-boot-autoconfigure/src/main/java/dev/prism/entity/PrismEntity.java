package dev.prism.entity;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * Base class for Prism entities: a {@code Long} database identity {@code id}, timestamps
 * and soft delete. Use it with {@link dev.prism.repository.PrismRepository}.
 */
@MappedSuperclass
public abstract class PrismEntity extends SoftDeletableEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "id")
	private Long id;

	public Long getId() {
		return this.id;
	}

}
