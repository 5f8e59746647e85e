package dev.prism.benchmarks.imports;

import dev.prism.repository.PrismRepository;

/**
 * Prism repository of {@link ImportedCustomer}s.
 */
public interface ImportedCustomerRepository extends PrismRepository<ImportedCustomer> {

}
