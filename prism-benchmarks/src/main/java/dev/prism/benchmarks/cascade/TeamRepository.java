package dev.prism.benchmarks.cascade;

import dev.prism.repository.PrismRepository;

/**
 * Prism repository of {@link Team}s.
 */
public interface TeamRepository extends PrismRepository<Team> {

}
