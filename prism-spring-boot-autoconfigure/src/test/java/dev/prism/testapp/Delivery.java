package dev.prism.testapp;

import java.time.LocalDate;

import dev.prism.entity.PrismEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * An entity with a {@code date} column, which {@code insertAll} does not copy on
 * PostgreSQL but inserts in JDBC batches.
 */
@Entity
@Table(name = "deliveries")
public class Delivery extends PrismEntity {

	@Column(name = "due_on")
	private LocalDate dueOn;

	protected Delivery() {
	}

	public Delivery(LocalDate dueOn) {
		this.dueOn = dueOn;
	}

	public LocalDate getDueOn() {
		return this.dueOn;
	}

}
