package dev.prism.entity.handwritten;

import java.time.Instant;

import dev.prism.entity.SoftDeletable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Filter;

@Entity
@Table(name = "lamps")
@Filter(name = SoftDeletable.FILTER)
public class Lamp implements SoftDeletable {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "deleted_at")
	private Instant deletedAt;

	public Long getId() {
		return this.id;
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
