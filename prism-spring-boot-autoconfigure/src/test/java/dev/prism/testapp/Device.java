package dev.prism.testapp;

import java.util.UUID;

import dev.prism.entity.SoftDeletableEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Soft delete and timestamps with a UUID id.
 */
@Entity
@Table(name = "devices")
public class Device extends SoftDeletableEntity {

	@Id
	private UUID id;

	private String serial;

	protected Device() {
	}

	public Device(String serial) {
		this.id = UUID.randomUUID();
		this.serial = serial;
	}

	public UUID getId() {
		return this.id;
	}

	public String getSerial() {
		return this.serial;
	}

}
