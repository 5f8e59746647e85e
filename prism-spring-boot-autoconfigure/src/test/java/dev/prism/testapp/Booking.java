package dev.prism.testapp;

import java.io.Serializable;
import java.util.Objects;

import dev.prism.entity.SoftDeletableEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * Soft delete with an {@code @IdClass} composite id.
 */
@Entity
@Table(name = "bookings")
@IdClass(Booking.BookingId.class)
public class Booking extends SoftDeletableEntity {

	@Id
	private String room;

	@Id
	private int night;

	protected Booking() {
	}

	public Booking(String room, int night) {
		this.room = room;
		this.night = night;
	}

	public BookingId getId() {
		return new BookingId(this.room, this.night);
	}

	/**
	 * The composite id.
	 */
	public static class BookingId implements Serializable {

		private String room;

		private int night;

		protected BookingId() {
		}

		public BookingId(String room, int night) {
			this.room = room;
			this.night = night;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof BookingId id && this.night == id.night && Objects.equals(this.room, id.room);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.room, this.night);
		}

	}

}
