package dev.prism.sample;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dev.prism.sample.CustomerService.Visibility;
import jakarta.validation.Valid;

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

	private final CustomerService customers;

	CustomerController(CustomerService customers) {
		this.customers = customers;
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

	@PatchMapping("/bulk")
	BulkResponse updateAll(@Valid @RequestBody BulkUpdateRequest request) {
		return new BulkResponse(this.customers.updateAll(request.ids(), request.values()));
	}

	@PostMapping("/bulk-delete")
	BulkResponse deleteAll(@Valid @RequestBody BulkDeleteRequest request) {
		return new BulkResponse(this.customers.softDeleteAll(request.ids()));
	}

}
