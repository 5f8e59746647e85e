package dev.prism.entity;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.hibernate.engine.spi.LoadQueryInfluencers;
import org.hibernate.metamodel.mapping.AuxiliaryMapping;
import org.hibernate.metamodel.mapping.BasicValuedModelPart;
import org.hibernate.metamodel.mapping.EntityMappingType;
import org.hibernate.metamodel.mapping.ForeignKeyDescriptor;
import org.hibernate.metamodel.mapping.JdbcMapping;
import org.hibernate.metamodel.mapping.PluralAttributeMapping;
import org.hibernate.metamodel.mapping.internal.ToOneAttributeMapping;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.query.sqm.sql.SqmToSqlAstConverter;
import org.hibernate.spi.NavigablePath;
import org.hibernate.sql.ast.spi.SqlAliasBaseGenerator;
import org.hibernate.sql.ast.spi.SqlAstCreationState;
import org.hibernate.sql.ast.tree.expression.ColumnReference;
import org.hibernate.sql.ast.tree.from.LazyTableGroup;
import org.hibernate.sql.ast.tree.from.NamedTableReference;
import org.hibernate.sql.ast.tree.from.TableGroup;
import org.hibernate.sql.ast.tree.from.TableGroupJoin;
import org.hibernate.sql.ast.tree.from.TableReference;
import org.hibernate.sql.ast.tree.predicate.NullnessPredicate;
import org.hibernate.sql.ast.tree.predicate.Predicate;

/**
 * Adds {@code deleted_at IS NULL} for a {@link SoftDeletable} entity where Hibernate
 * builds SQL, unless the session {@linkplain DeletedRows includes deleted rows}:
 * <ul>
 * <li>query roots and entity joins of JPQL, Criteria and derived queries, and the rows
 * their {@code UPDATE} and {@code DELETE} statements change;</li>
 * <li>one-to-many and many-to-many collections of the entity, when Hibernate loads them
 * and when a query joins them;</li>
 * <li>the join that loads the inverse side of a {@code @OneToOne(mappedBy = …)}, also where
 * deleted rows are included (a hard delete, {@code SoftDeleteScope}): the inverse side
 * expects one row per owner, and a soft-deleted row beside the live one would otherwise
 * make Hibernate fail with a duplicate row.</li>
 * </ul>
 * Loading by primary key ({@code EntityManager.find}, to-one associations, references) is
 * left as it is, so navigating a loaded {@code @ManyToOne} still reaches a deleted row.
 * Hibernate caches the SQL of a query under a key that holds the session's enabled fetch
 * profiles, so the SQL with and without the restriction are cached apart.
 */
final class LiveRowRestriction implements AuxiliaryMapping {

	private final EntityPersister persister;

	LiveRowRestriction(EntityPersister persister) {
		this.persister = persister;
	}

	@Override
	public String getTableName() {
		return this.persister.getIdentifierTableName();
	}

	@Override
	public void applyPredicate(EntityMappingType associatedEntityMappingType, Consumer<Predicate> predicateConsumer,
			LazyTableGroup lazyTableGroup, NavigablePath navigablePath, SqlAstCreationState creationState) {
		if (lazyTableGroup.getModelPart() instanceof ToOneAttributeMapping toOne
				&& toOne.getSideNature() == ForeignKeyDescriptor.Nature.TARGET) {
			predicateConsumer.accept(
					live((tableExpression) -> lazyTableGroup.resolveTableReference(navigablePath, tableExpression)));
		}
	}

	@Override
	public void applyPredicate(EntityMappingType associatedEntityDescriptor, Consumer<Predicate> predicateConsumer,
			TableGroup tableGroup, SqlAliasBaseGenerator sqlAliasBaseGenerator, LoadQueryInfluencers influencers) {
		if (!DeletedRows.areIncluded(influencers)) {
			predicateConsumer.accept(live(tableGroup::resolveTableReference));
		}
	}

	@Override
	public void applyPredicate(PluralAttributeMapping associatedEntityDescriptor, Consumer<Predicate> predicateConsumer,
			TableGroup tableGroup, SqlAliasBaseGenerator sqlAliasBaseGenerator, LoadQueryInfluencers influencers) {
	}

	@Override
	public void applyPredicate(TableGroupJoin tableGroupJoin, LoadQueryInfluencers loadQueryInfluencers) {
		if (!DeletedRows.areIncluded(loadQueryInfluencers)) {
			tableGroupJoin.applyPredicate(live(tableGroupJoin.getJoinedGroup()::resolveTableReference));
		}
	}

	/**
	 * Restrict a query root. Loaders call this too, for the entity they load by primary
	 * key; only a query's root ({@link SqmToSqlAstConverter}) is restricted.
	 */
	@Override
	public void applyPredicate(Supplier<Consumer<Predicate>> predicateCollector, SqlAstCreationState creationState,
			TableGroup tableGroup, NamedTableReference rootTableReference, EntityMappingType entityMappingType) {
		if (creationState instanceof SqmToSqlAstConverter
				&& !DeletedRows.areIncluded(creationState.getLoadQueryInfluencers())) {
			Consumer<Predicate> collector = predicateCollector.get();
			if (collector != null) {
				collector.accept(live(tableGroup::resolveTableReference));
			}
		}
	}

	@Override
	public JdbcMapping getJdbcMapping() {
		return deletedAt().getJdbcMapping();
	}

	@Override
	public boolean useAuxiliaryTable(LoadQueryInfluencers influencers) {
		return false;
	}

	/**
	 * Hibernate reuses the loaders it built for a session without influencers (restricted)
	 * unless this says the session's influencers change them.
	 */
	@Override
	public boolean isAffectedByInfluencers(LoadQueryInfluencers influencers) {
		return DeletedRows.areIncluded(influencers);
	}

	private Predicate live(Function<String, TableReference> tables) {
		BasicValuedModelPart deletedAt = deletedAt();
		return new NullnessPredicate(
				new ColumnReference(tables.apply(deletedAt.getContainingTableExpression()), deletedAt));
	}

	private BasicValuedModelPart deletedAt() {
		return (BasicValuedModelPart) this.persister.findAttributeMapping(SoftDeletable.DELETED_AT);
	}

}
