package dev.prism.sample;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An order to create.
 *
 * @param orderNumber the order number
 * @param total the total, at most two decimal places
 */
public record OrderRequest(@NotBlank @Size(max = 50) String orderNumber,
		@NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal total) {

}
