package dev.prism.entity;

import java.time.Instant;
import java.util.LinkedHashMap;

import org.hibernate.engine.spi.LoadQueryInfluencers;
import org.hibernate.metamodel.mapping.BasicValuedModelPart;
import org.hibernate.metamodel.mapping.EntityMappingType;
import org.hibernate.metamodel.mapping.PluralAttributeMapping;
import org.hibernate.metamodel.mapping.internal.ToOneAttributeMapping;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.query.spi.QueryOptions;
import org.hibernate.query.spi.QueryParameterBindings;
import org.hibernate.query.sqm.NodeBuilder;
import org.hibernate.query.sqm.internal.DomainParameterXref;
import org.hibernate.query.sqm.sql.SqmTranslation;
import org.hibernate.query.sqm.sql.SqmTranslator;
import org.hibernate.query.sqm.sql.StandardSqmTranslatorFactory;
import org.hibernate.query.sqm.sql.internal.StandardSqmTranslator;
import org.hibernate.query.sqm.tree.SqmDmlStatement;
import org.hibernate.query.sqm.SqmQuerySource;
import org.hibernate.query.sqm.tree.delete.SqmDeleteStatement;
import org.hibernate.query.sqm.tree.domain.SqmPath;
import org.hibernate.query.sqm.tree.expression.SqmExpression;
import org.hibernate.query.sqm.tree.from.SqmRoot;
import org.hibernate.query.sqm.tree.predicate.SqmPredicate;
import org.hibernate.query.sqm.tree.predicate.SqmWhereClause;
import org.hibernate.query.sqm.tree.select.SqmSelectStatement;
import org.hibernate.query.sqm.tree.update.SqmUpdateStatement;
import org.hibernate.sql.ast.spi.SqlAstCreationContext;
import org.hibernate.sql.ast.tree.MutationStatement;
import org.hibernate.sql.ast.tree.expression.ColumnReference;
import org.hibernate.sql.ast.tree.from.LazyTableGroup;
import org.hibernate.sql.ast.tree.from.TableGroup;
import org.hibernate.sql.ast.tree.from.TableGroupJoin;
import org.hibernate.sql.ast.tree.from.TableReference;
import org.hibernate.sql.ast.tree.predicate.NullnessPredicate;
import org.hibernate.sql.ast.tree.select.SelectStatement;

/**
 * Translates JPQL and Criteria statements on {@link SoftDeletable} entities the way the
 * soft-delete promise needs:
 * <ul>
 * <li>a {@code delete} becomes an {@code UPDATE} that sets {@code deleted_at} and
 * {@code updated_at} to {@link ClockFunction the clock's instant} and a
 * {@link DeletedBy @DeletedBy} column to {@link AuditorFunction the auditor} on live rows only,
 * incrementing the version of a versioned entity; it returns the number of rows that were
 * live, and publishes a {@link dev.prism.event.SoftDeletedEvent} whose ids are unknown
 * as it runs. Inside {@link HardDelete#run} it stays a {@code DELETE}.</li>
 * <li>unless the session {@linkplain DeletedRows includes deleted rows}, a join to a
 * soft-deletable to-one target ({@code join j.employee e}, {@code select j.employee from Job j})
 * leaves deleted targets out, as {@link LiveRowRestriction} does for query roots. Fetch
 * joins are left alone, so that a loaded association still reaches a deleted target.</li>
 * </ul>
 * Prism's auto-configuration sets it as {@code hibernate.query.sqm.translator}.
 */
public class SoftDeleteSqmTranslatorFactory extends StandardSqmTranslatorFactory {

	@Override
	public SqmTranslator<SelectStatement> createSelectTranslator(SqmSelectStatement<?> statement,
			QueryOptions queryOptions, DomainParameterXref domainParameterXref,
			QueryParameterBindings domainParameterBindings, LoadQueryInfluencers loadQueryInfluencers,
			SqlAstCreationContext creationContext, boolean deduplicateSelectionItems) {
		if (DeletedRows.areIncluded(loadQueryInfluencers)) {
			return super.createSelectTranslator(statement, queryOptions, domainParameterXref, domainParameterBindings,
					loadQueryInfluencers, creationContext, deduplicateSelectionItems);
		}
		return new StandardSqmTranslator<>(statement, queryOptions, domainParameterXref, domainParameterBindings,
				loadQueryInfluencers, creationContext, deduplicateSelectionItems) {

			@Override
			public SqmTranslation<SelectStatement> translate() {
				SqmTranslation<SelectStatement> translation = super.translate();
				translation.getSqlAst()
					.getQueryPart()
					.visitQuerySpecs((spec) -> spec.getFromClause().getRoots().forEach((root) -> excludeDeleted(root)));
				return translation;
			}

		};
	}

	@Override
	public SqmTranslator<? extends MutationStatement> createMutationTranslator(SqmDmlStatement<?> statement,
			QueryOptions queryOptions, DomainParameterXref domainParameterXref,
			QueryParameterBindings domainParameterBindings, LoadQueryInfluencers loadQueryInfluencers,
			SqlAstCreationContext creationContext) {
		SqmDmlStatement<?> translated = statement;
		if (statement instanceof SqmDeleteStatement<?> delete && !HardDelete.isActive()
				&& SoftDeletable.class.isAssignableFrom(delete.getTarget().getJavaType())) {
			EntityPersister persister = creationContext.getMappingMetamodel()
				.getEntityDescriptor(delete.getTarget().getModel().getHibernateEntityName());
			translated = softDelete(delete, persister);
		}
		return super.createMutationTranslator(translated, queryOptions, domainParameterXref, domainParameterBindings,
				loadQueryInfluencers, creationContext);
	}

	private static <T> SqmUpdateStatement<T> softDelete(SqmDeleteStatement<T> delete, EntityPersister persister) {
		rejectCollectionTables(persister);
		NodeBuilder builder = delete.nodeBuilder();
		SqmRoot<T> root = delete.getTarget();
		SqmUpdateStatement<T> update = new SqmUpdateStatement<>(builder, SqmQuerySource.CRITERIA, null,
				new LinkedHashMap<>(), root);
		SqmExpression<Instant> now = builder.function(ClockFunction.SOFT_DELETE_NAME, Instant.class,
				new SqmExpression<?>[] { builder.literal(persister.getEntityName()) });
		SqmPath<Instant> deletedAt = root.get(SoftDeletable.DELETED_AT);
		update.set(deletedAt, now);
		if (Timestamped.class.isAssignableFrom(persister.getMappedClass())) {
			update.set(root.<Instant>get(Timestamped.UPDATED_AT), now);
		}
		String deletedBy = AuditedAttributes.of(persister.getMappedClass()).deletedBy();
		if (deletedBy != null) {
			SqmPath<Object> path = root.get(deletedBy);
			SqmExpression<Object> auditor = builder.function(AuditorFunction.NAME, Object.class,
					new SqmExpression<?>[] { path });
			update.getSetClause().addAssignment(path, auditor);
		}
		update.versioned(persister.isVersioned());
		SqmPredicate live = builder.isNull(deletedAt);
		SqmPredicate restriction = (delete.getWhereClause() != null) ? delete.getWhereClause().getPredicate() : null;
		update.setWhereClause(new SqmWhereClause((restriction != null) ? builder.and(restriction, live) : live,
				builder));
		return update;
	}

	/**
	 * Hibernate deletes the collection-table rows of the entities a JPQL {@code delete}
	 * matches before the statement runs; for a soft delete that would lose the links that
	 * a restore must bring back, so such a statement is refused.
	 */
	private static void rejectCollectionTables(EntityPersister persister) {
		persister.forEachAttributeMapping((attribute) -> {
			if (attribute instanceof PluralAttributeMapping plural && plural.getSeparateCollectionTable() != null) {
				throw new IllegalStateException("A JPQL or Criteria delete of soft-deletable " + persister.getEntityName()
						+ " would remove the rows of its collection table " + plural.getSeparateCollectionTable()
						+ "; soft delete through the repository (softDeleteAllById, delete(Specification)) or "
						+ "EntityManager.remove instead");
			}
		});
	}

	private static void excludeDeleted(TableGroup group) {
		for (TableGroupJoin join : group.getTableGroupJoins()) {
			excludeDeleted(join);
		}
		for (TableGroupJoin join : group.getNestedTableGroupJoins()) {
			excludeDeleted(join);
		}
	}

	private static void excludeDeleted(TableGroupJoin join) {
		TableGroup joined = join.getJoinedGroup();
		if (joined instanceof LazyTableGroup lazy && !lazy.isInitialized()) {
			return;
		}
		if (!joined.isFetched() && joined.getModelPart() instanceof ToOneAttributeMapping toOne) {
			EntityMappingType target = toOne.getAssociatedEntityMappingType();
			if (SoftDeletable.class.isAssignableFrom(target.getJavaType().getJavaTypeClass())) {
				BasicValuedModelPart deletedAt = (BasicValuedModelPart) target
					.findAttributeMapping(SoftDeletable.DELETED_AT);
				TableReference table = joined.resolveTableReference(joined.getNavigablePath(),
						deletedAt.getContainingTableExpression());
				join.applyPredicate(new NullnessPredicate(new ColumnReference(table, deletedAt)));
			}
		}
		excludeDeleted(joined);
	}

}
