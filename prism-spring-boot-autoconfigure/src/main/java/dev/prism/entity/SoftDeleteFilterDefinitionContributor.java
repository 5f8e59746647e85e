package dev.prism.entity;

import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.spi.MetadataSourcesContributor;

/**
 * Adds {@link SoftDeletableEntity}, which declares the {@value SoftDeletable#FILTER} filter,
 * to every persistence unit, so that entities that implement {@link SoftDeletable}
 * themselves can name the filter even when no entity extends a Prism base class.
 */
public class SoftDeleteFilterDefinitionContributor implements MetadataSourcesContributor {

	@Override
	public void contribute(MetadataSources metadataSources) {
		metadataSources.addAnnotatedClass(SoftDeletableEntity.class);
	}

}
