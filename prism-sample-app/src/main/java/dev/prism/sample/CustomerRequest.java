package dev.prism.sample;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A customer to create, or the new state of one to update.
 *
 * @param name the name
 * @param email the email, unique among live customers
 * @param status the status; {@code active} when creating without one, unchanged when
 * updating without one
 * @param phone the phone number, or {@code null}
 */
public record CustomerRequest(@NotBlank @Size(max = 200) String name, @NotBlank @Email @Size(max = 200) String email,
		@Size(min = 1, max = 50) String status, @Size(max = 30) String phone) {

}
