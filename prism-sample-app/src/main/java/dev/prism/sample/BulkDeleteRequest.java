package dev.prism.sample;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Customers to soft delete.
 *
 * @param ids the ids of the customers
 */
public record BulkDeleteRequest(@NotEmpty @Size(max = 1000) List<@NotNull Long> ids) {

}
