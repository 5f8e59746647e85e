package dev.prism.repository;

import dev.prism.entity.PrismEntity;

import org.springframework.data.repository.NoRepositoryBean;

/**
 * Repository for {@link PrismEntity} subclasses: Spring Data JPA plus soft delete, restore,
 * hard delete and bulk operations. Declare {@code interface CustomerRepository extends
 * PrismRepository<Customer>}; the starter supplies the implementation.
 *
 * @param <T> the entity type
 */
@NoRepositoryBean
public interface PrismRepository<T extends PrismEntity> extends SoftDeleteRepository<T, Long> {

}
