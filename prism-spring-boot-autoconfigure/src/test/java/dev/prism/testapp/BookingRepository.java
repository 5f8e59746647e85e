package dev.prism.testapp;

import dev.prism.repository.SoftDeleteRepository;

public interface BookingRepository extends SoftDeleteRepository<Booking, Booking.BookingId> {

}
