package dev.prism.sample;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dev.prism.sample.CustomerService.Visibility;
import jakarta.validation.Valid;
import jakarta.validation.Validator;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * REST API for customers: listing with or without deleted rows, create, update, soft
 * delete, restore, hard delete and bulk operations.
 */
@RestController
@RequestMapping("/api/customers")
class CustomerController {

	private static final Set<String> SORTABLE = Set.of("id", "name", "email", "status", "createdAt", "updatedAt",
			"deletedAt");

	private static final Set<String> UPDATABLE = Set.of("name", "email", "status");

	private final CustomerService customers;

	private final Validator validator;

	CustomerController(CustomerService customers, Validator validator) {
		this.customers = customers;
		this.validator = validator;
	}

	@GetMapping
	PageResponse<CustomerResponse> list(@RequestParam(defaultValue = "false") boolean includeDeleted,
			@RequestParam(defaultValue = "false") boolean onlyDeleted, @RequestParam(required = false) String status,
			@PageableDefault(size = 20, sort = "id") Pageable pageable) {
		Visibility visibility = Visibility.of(includeDeleted, onlyDeleted);
		return PageResponse.of(this.customers.list(visibility, status, checkSort(pageable)), CustomerResponse::of);
	}

	/**
	 * Reject sort properties other than the listed ones before any query is built.
	 */
	private static Pageable checkSort(Pageable pageable) {
		for (Sort.Order order : pageable.getSort()) {
			if (!SORTABLE.contains(order.getProperty())) {
				throw new IllegalArgumentException("Cannot sort by '%s': sortable properties are %s"
					.formatted(order.getProperty(), new TreeSet<>(SORTABLE)));
			}
		}
		return pageable;
	}

	@GetMapping("/{id}")
	CustomerResponse get(@PathVariable Long id, @RequestParam(defaultValue = "false") boolean includeDeleted) {
		return CustomerResponse.of(this.customers.get(id, includeDeleted));
	}

	@GetMapping("/lookup")
	List<CustomerResponse> lookup(@RequestParam String email,
			@RequestParam(defaultValue = "false") boolean includeDeleted) {
		return this.customers.findByEmail(email, includeDeleted).stream().map(CustomerResponse::of).toList();
	}

	@GetMapping("/stats")
	CustomerStats stats() {
		return this.customers.stats();
	}

	@PostMapping
	ResponseEntity<CustomerResponse> create(@Valid @RequestBody CustomerRequest request,
			UriComponentsBuilder uriBuilder) {
		Customer customer = this.customers.create(request);
		URI location = uriBuilder.path("/api/customers/{id}").build(customer.getId());
		return ResponseEntity.created(location).body(CustomerResponse.of(customer));
	}

	@PutMapping("/{id}")
	CustomerResponse update(@PathVariable Long id, @Valid @RequestBody CustomerRequest request) {
		return CustomerResponse.of(this.customers.update(id, request));
	}

	/**
	 * Soft delete a customer, or with {@code hard=true} remove it and its orders for good.
	 */
	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable Long id, @RequestParam(defaultValue = "false") boolean hard) {
		if (hard) {
			this.customers.hardDelete(id);
		}
		else {
			this.customers.softDelete(id);
		}
	}

	@PostMapping("/{id}/restore")
	CustomerResponse restore(@PathVariable Long id) {
		return CustomerResponse.of(this.customers.restore(id));
	}

	/**
	 * Update several customers, validating each value as a single update validates it.
	 */
	@PatchMapping("/bulk")
	BulkResponse updateAll(@Valid @RequestBody BulkUpdateRequest request) {
		List<String> errors = new ArrayList<>();
		request.values().forEach((attribute, value) -> {
			if (UPDATABLE.contains(attribute)) {
				this.validator.validateValue(CustomerRequest.class, attribute, value)
					.forEach((violation) -> errors.add("values." + attribute + ": " + violation.getMessage()));
			}
		});
		if (!errors.isEmpty()) {
			throw new IllegalArgumentException("Invalid request: " + String.join("; ", errors.stream().sorted().toList()));
		}
		return new BulkResponse(this.customers.updateAll(request.ids(), request.values()));
	}

	@PostMapping("/bulk-delete")
	BulkResponse deleteAll(@Valid @RequestBody BulkDeleteRequest request) {
		return new BulkResponse(this.customers.softDeleteAll(request.ids()));
	}

}
