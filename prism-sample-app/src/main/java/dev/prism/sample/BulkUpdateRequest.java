package dev.prism.sample;

import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * New attribute values for several customers, such as {@code {"status": "inactive"}}.
 * Each value of {@code name}, {@code email} or {@code status} must pass the validation of
 * {@link CustomerRequest}; Prism's {@code updateAllById} rejects names that are not
 * updatable attributes.
 *
 * @param ids the ids of the customers to update
 * @param values new values by attribute name
 */
public record BulkUpdateRequest(@NotEmpty @Size(max = 1000) List<@NotNull Long> ids,
		@NotEmpty Map<@NotBlank String, @NotBlank @Size(max = 200) String> values) {

}
