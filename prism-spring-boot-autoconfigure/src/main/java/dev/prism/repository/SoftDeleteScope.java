package dev.prism.repository;

import java.util.function.Supplier;

import dev.prism.entity.DeletedRows;
import jakarta.persistence.EntityManager;

import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs any repository query, derived, {@code @Query} or Specification, with soft-deleted
 * rows included. Inject it where a query must see deleted rows, or annotate the repository
 * method with {@link IncludeDeleted}.
 *
 * <pre class="code">
 * List&lt;Customer&gt; all = scope.includingDeleted(() -&gt; customers.findByStatus("active"));
 * </pre>
 */
public class SoftDeleteScope {

	private final EntityManager entityManager;

	private final TransactionOperations transactions;

	/**
	 * Create a scope.
	 * @param entityManager a shared, transaction-bound entity manager
	 * @param transactions the transactions to open when none is active
	 */
	public SoftDeleteScope(EntityManager entityManager, TransactionOperations transactions) {
		this.entityManager = entityManager;
		this.transactions = transactions;
	}

	/**
	 * Run the query with soft-deleted rows included. It joins the current transaction, or
	 * runs in a new one when none is active.
	 * @param query the query
	 * @param <R> the result type
	 * @return the query's result
	 */
	public <R> R includingDeleted(Supplier<R> query) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			return DeletedRows.including(this.entityManager, query);
		}
		return this.transactions.execute((status) -> DeletedRows.including(this.entityManager, query));
	}

}
