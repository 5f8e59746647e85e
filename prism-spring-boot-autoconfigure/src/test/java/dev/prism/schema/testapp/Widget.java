package dev.prism.schema.testapp;

import dev.prism.entity.PrismEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "widgets")
public class Widget extends PrismEntity {

	@Column(name = "name", nullable = false, length = 100)
	private String name;

	protected Widget() {
	}

	public String getName() {
		return this.name;
	}

}
