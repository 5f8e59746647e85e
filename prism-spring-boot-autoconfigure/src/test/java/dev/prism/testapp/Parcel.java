package dev.prism.testapp;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import dev.prism.entity.PrismEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A versioned entity with a column of every type {@code insertAll} copies on PostgreSQL.
 */
@Entity
@Table(name = "parcels")
public class Parcel extends PrismEntity {

	private String label;

	@Column(name = "weight_grams")
	private Long weightGrams;

	private int pieces;

	private boolean fragile;

	@Column(name = "declared_value")
	private BigDecimal declaredValue;

	@Column(name = "shipped_at")
	private Instant shippedAt;

	private UUID tracking;

	@Enumerated(EnumType.STRING)
	private Status status;

	@Version
	private Long version;

	protected Parcel() {
	}

	public Parcel(String label, Long weightGrams, int pieces, boolean fragile, BigDecimal declaredValue,
			Instant shippedAt, UUID tracking, Status status) {
		this.label = label;
		this.weightGrams = weightGrams;
		this.pieces = pieces;
		this.fragile = fragile;
		this.declaredValue = declaredValue;
		this.shippedAt = shippedAt;
		this.tracking = tracking;
		this.status = status;
	}

	public String getLabel() {
		return this.label;
	}

	public Long getWeightGrams() {
		return this.weightGrams;
	}

	public int getPieces() {
		return this.pieces;
	}

	public boolean isFragile() {
		return this.fragile;
	}

	public BigDecimal getDeclaredValue() {
		return this.declaredValue;
	}

	public Instant getShippedAt() {
		return this.shippedAt;
	}

	public UUID getTracking() {
		return this.tracking;
	}

	public Status getStatus() {
		return this.status;
	}

	public Long getVersion() {
		return this.version;
	}

	public enum Status {

		PACKED, SHIPPED, DELIVERED

	}

}
