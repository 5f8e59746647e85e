package dev.prism.entity;

import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.spi.MetadataSourcesContributor;

/**
 * Adds the {@code dev.prism.entity} package, which declares the
 * {@value SoftDeletable#FILTER} filter and the {@value DeletedRows#PROFILE} fetch profile,
 * to every persistence unit, so that entities that implement {@link SoftDeletable}
 * themselves can name the filter, and deleted rows can be included, even when no entity
 * extends a Prism base class. A package, not a class: Hibernate discovers the classes of a
 * persistence unit for bytecode enhancement through a temporary class loader, which fails
 * for a library's class during Spring Data's AOT repository processing.
 */
public class SoftDeleteFilterDefinitionContributor implements MetadataSourcesContributor {

	@Override
	public void contribute(MetadataSources metadataSources) {
		metadataSources.addPackage(SoftDeletable.class.getPackage());
	}

}
