package dev.prism.sample;

import java.util.List;
import java.util.Map;

import dev.prism.repository.SoftDeleteScope;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customers and their orders, on top of Prism's repositories.
 */
@Service
@Transactional(readOnly = true)
public class CustomerService {

	private final CustomerRepository customers;

	private final OrderRepository orders;

	private final SoftDeleteScope softDeleteScope;

	CustomerService(CustomerRepository customers, OrderRepository orders, SoftDeleteScope softDeleteScope) {
		this.customers = customers;
		this.orders = orders;
		this.softDeleteScope = softDeleteScope;
	}

	/**
	 * Return a page of customers, optionally only those with a status.
	 * @param visibility which customers to list
	 * @param status the status to match, or {@code null} for any
	 * @param pageable the page
	 * @return the page
	 */
	public Page<Customer> list(Visibility visibility, String status, Pageable pageable) {
		if (status == null) {
			return switch (visibility) {
				case LIVE -> this.customers.findAll(pageable);
				case INCLUDING_DELETED -> this.customers.findAllIncludingDeleted(pageable);
				case ONLY_DELETED -> this.customers.findAllDeleted(pageable);
			};
		}
		return switch (visibility) {
			case LIVE -> this.customers.findByStatus(status, pageable);
			case INCLUDING_DELETED -> this.softDeleteScope
				.includingDeleted(() -> this.customers.findByStatus(status, pageable));
			case ONLY_DELETED -> this.softDeleteScope
				.includingDeleted(() -> this.customers.findByStatusAndDeletedAtIsNotNull(status, pageable));
		};
	}

	/**
	 * Return a customer.
	 * @param id the id
	 * @param includeDeleted whether a soft-deleted customer is found too
	 * @return the customer
	 */
	public Customer get(Long id, boolean includeDeleted) {
		return (includeDeleted ? this.customers.findByIdIncludingDeleted(id) : this.customers.findById(id))
			.orElseThrow(() -> ApiException.notFound("customer", id));
	}

	/**
	 * Return the live customer with an email or, including deleted ones, every customer that
	 * has had it.
	 * @param email the email
	 * @param includeDeleted whether to include soft-deleted customers
	 * @return the customers
	 */
	public List<Customer> findByEmail(String email, boolean includeDeleted) {
		if (includeDeleted) {
			return this.customers.findAllByEmailOrderByCreatedAtAsc(email);
		}
		return this.customers.findByEmail(email).stream().toList();
	}

	public CustomerStats stats() {
		return new CustomerStats(this.customers.count(), this.customers.countDeleted(),
				this.customers.countIncludingDeleted(), this.customers.countByStatus(Customer.ACTIVE));
	}

	@Transactional
	public Customer create(CustomerRequest request) {
		checkEmailIsFree(request.email(), null);
		String status = (request.status() != null) ? request.status() : Customer.ACTIVE;
		Customer customer = new Customer(request.name(), request.email(), status);
		customer.setPhone(request.phone());
		return this.customers.save(customer);
	}

	@Transactional
	public Customer update(Long id, CustomerRequest request) {
		Customer customer = get(id, false);
		checkEmailIsFree(request.email(), id);
		customer.setName(request.name());
		customer.setEmail(request.email());
		customer.setPhone(request.phone());
		if (request.status() != null) {
			customer.setStatus(request.status());
		}
		// Flush so that the response carries the updated_at Prism stamps on update.
		return this.customers.saveAndFlush(customer);
	}

	private void checkEmailIsFree(String email, Long id) {
		this.customers.findByEmail(email).filter((other) -> !other.getId().equals(id)).ifPresent((other) -> {
			throw ApiException.conflict("Customer %d already has email %s".formatted(other.getId(), email));
		});
	}

	/**
	 * Soft delete a customer through the ordinary {@code delete} of Spring Data, which Prism
	 * turns into an update of {@code deleted_at}.
	 * @param id the id of a live customer
	 */
	@Transactional
	public void softDelete(Long id) {
		this.customers.delete(get(id, false));
	}

	/**
	 * Restore a soft-deleted customer; restoring a live one changes nothing.
	 * @param id the id
	 * @return the restored customer
	 */
	@Transactional
	public Customer restore(Long id) {
		if (!this.customers.restoreById(id) && !this.customers.existsById(id)) {
			throw ApiException.notFound("customer", id);
		}
		return get(id, false);
	}

	/**
	 * Remove a customer, deleted or not, for good; the database removes its orders.
	 * @param id the id
	 */
	@Transactional
	public void hardDelete(Long id) {
		if (!this.customers.hardDeleteById(id)) {
			throw ApiException.notFound("customer", id);
		}
	}

	/**
	 * Set attributes of several live customers in one statement per chunk of ids.
	 * @param ids the ids
	 * @param values new values by attribute name
	 * @return the number of customers updated
	 * @throws IllegalArgumentException when a name is not an updatable attribute
	 */
	@Transactional
	public int updateAll(List<Long> ids, Map<String, String> values) {
		return this.customers.updateAllById(ids, values);
	}

	@Transactional
	public int softDeleteAll(List<Long> ids) {
		return this.customers.softDeleteAllById(ids);
	}

	/**
	 * Return the live orders of a live customer.
	 * @param customerId the customer's id
	 * @return the orders by order number
	 */
	public List<Order> orders(Long customerId) {
		return List.copyOf(get(customerId, false).getOrders());
	}

	public Order order(Long customerId, Long orderId) {
		get(customerId, false);
		return this.orders.findByIdAndCustomerId(orderId, customerId)
			.orElseThrow(() -> ApiException.notFound("order", orderId));
	}

	@Transactional
	public Order addOrder(Long customerId, OrderRequest request) {
		return this.orders.save(new Order(get(customerId, false), request.orderNumber(), request.total()));
	}

	@Transactional
	public void deleteOrder(Long customerId, Long orderId) {
		this.orders.delete(order(customerId, orderId));
	}

	/**
	 * Which customers a listing returns.
	 */
	public enum Visibility {

		/**
		 * Customers that are not deleted.
		 */
		LIVE,

		/**
		 * All customers, deleted or not.
		 */
		INCLUDING_DELETED,

		/**
		 * Soft-deleted customers only.
		 */
		ONLY_DELETED;

		/**
		 * Return the visibility that the {@code includeDeleted} and {@code onlyDeleted}
		 * request parameters ask for.
		 * @param includeDeleted whether to include deleted customers
		 * @param onlyDeleted whether to return deleted customers only
		 * @return the visibility
		 * @throws IllegalArgumentException when both are {@code true}
		 */
		public static Visibility of(boolean includeDeleted, boolean onlyDeleted) {
			if (includeDeleted && onlyDeleted) {
				throw new IllegalArgumentException("includeDeleted and onlyDeleted cannot both be true");
			}
			return includeDeleted ? INCLUDING_DELETED : (onlyDeleted ? ONLY_DELETED : LIVE);
		}

	}

}
