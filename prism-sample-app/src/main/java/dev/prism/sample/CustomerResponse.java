package dev.prism.sample;

import java.time.Instant;

/**
 * A customer as the API returns it.
 *
 * @param id the id
 * @param name the name
 * @param email the email
 * @param status the status
 * @param phone the phone number, or {@code null}
 * @param createdAt when the customer was created
 * @param updatedAt when the customer was last changed, deleted or restored
 * @param deletedAt when the customer was soft deleted, or {@code null}
 * @param deletedBy who soft deleted the customer (the {@code X-User} header), or {@code null}
 */
public record CustomerResponse(Long id, String name, String email, String status, String phone, Instant createdAt,
		Instant updatedAt, Instant deletedAt, String deletedBy) {

	static CustomerResponse of(Customer customer) {
		return new CustomerResponse(customer.getId(), customer.getName(), customer.getEmail(), customer.getStatus(),
				customer.getPhone(),
				customer.getCreatedAt(), customer.getUpdatedAt(), customer.getDeletedAt(),
				customer.getDeletedBy());
	}

}
