package dev.prism.benchmarks.audit;

import dev.prism.repository.PrismRepository;

/**
 * Prism repository of {@link AuditedCustomer}s.
 */
public interface AuditedCustomerRepository extends PrismRepository<AuditedCustomer> {

}
