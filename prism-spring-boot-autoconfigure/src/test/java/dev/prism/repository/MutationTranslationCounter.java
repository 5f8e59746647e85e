package dev.prism.repository;

import java.util.concurrent.atomic.AtomicInteger;

import dev.prism.entity.SoftDeleteSqmTranslatorFactory;
import org.hibernate.engine.spi.LoadQueryInfluencers;
import org.hibernate.query.spi.QueryOptions;
import org.hibernate.query.spi.QueryParameterBindings;
import org.hibernate.query.sqm.internal.DomainParameterXref;
import org.hibernate.query.sqm.sql.SqmTranslator;
import org.hibernate.query.sqm.tree.SqmDmlStatement;
import org.hibernate.sql.ast.spi.SqlAstCreationContext;
import org.hibernate.sql.ast.tree.MutationStatement;

/**
 * Prism's translator factory, counting the {@code UPDATE} and {@code DELETE} statements
 * Hibernate translates to SQL.
 */
public class MutationTranslationCounter extends SoftDeleteSqmTranslatorFactory {

	static final AtomicInteger translations = new AtomicInteger();

	@Override
	public SqmTranslator<? extends MutationStatement> createMutationTranslator(SqmDmlStatement<?> statement,
			QueryOptions queryOptions, DomainParameterXref domainParameterXref,
			QueryParameterBindings domainParameterBindings, LoadQueryInfluencers loadQueryInfluencers,
			SqlAstCreationContext creationContext) {
		translations.incrementAndGet();
		return super.createMutationTranslator(statement, queryOptions, domainParameterXref, domainParameterBindings,
				loadQueryInfluencers, creationContext);
	}

}
