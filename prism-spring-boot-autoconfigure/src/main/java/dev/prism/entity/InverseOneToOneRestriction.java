package dev.prism.entity;

import java.util.function.Consumer;
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
import org.hibernate.spi.NavigablePath;
import org.hibernate.sql.ast.spi.SqlAliasBaseGenerator;
import org.hibernate.sql.ast.spi.SqlAstCreationState;
import org.hibernate.sql.ast.tree.expression.ColumnReference;
import org.hibernate.sql.ast.tree.from.LazyTableGroup;
import org.hibernate.sql.ast.tree.from.NamedTableReference;
import org.hibernate.sql.ast.tree.from.TableGroup;
import org.hibernate.sql.ast.tree.from.TableGroupJoin;
import org.hibernate.sql.ast.tree.predicate.NullnessPredicate;
import org.hibernate.sql.ast.tree.predicate.Predicate;

/**
 * Restricts the join that loads the inverse side of a {@code @OneToOne(mappedBy = …)} to a
 * {@link SoftDeletable} entity to live rows, also where deleted rows are included (a hard
 * delete, {@code SoftDeleteScope}): the inverse side expects one row per owner, and a
 * soft-deleted row beside the live one would otherwise make Hibernate fail with a
 * duplicate row. Every other join
 * and load is left as it is, so navigating a loaded {@code @ManyToOne} still reaches a
 * deleted row.
 */
final class InverseOneToOneRestriction implements AuxiliaryMapping {

	private final EntityPersister persister;

	InverseOneToOneRestriction(EntityPersister persister) {
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
			BasicValuedModelPart deletedAt = deletedAt();
			predicateConsumer.accept(new NullnessPredicate(new ColumnReference(
					lazyTableGroup.resolveTableReference(navigablePath, deletedAt.getContainingTableExpression()),
					deletedAt)));
		}
	}

	@Override
	public void applyPredicate(EntityMappingType associatedEntityDescriptor, Consumer<Predicate> predicateConsumer,
			TableGroup tableGroup, SqlAliasBaseGenerator sqlAliasBaseGenerator, LoadQueryInfluencers influencers) {
	}

	@Override
	public void applyPredicate(PluralAttributeMapping associatedEntityDescriptor, Consumer<Predicate> predicateConsumer,
			TableGroup tableGroup, SqlAliasBaseGenerator sqlAliasBaseGenerator, LoadQueryInfluencers influencers) {
	}

	@Override
	public void applyPredicate(TableGroupJoin tableGroupJoin, LoadQueryInfluencers loadQueryInfluencers) {
	}

	@Override
	public void applyPredicate(Supplier<Consumer<Predicate>> predicateCollector, SqlAstCreationState creationState,
			TableGroup tableGroup, NamedTableReference rootTableReference, EntityMappingType entityMappingType) {
	}

	@Override
	public JdbcMapping getJdbcMapping() {
		return deletedAt().getJdbcMapping();
	}

	@Override
	public boolean useAuxiliaryTable(LoadQueryInfluencers influencers) {
		return false;
	}

	@Override
	public boolean isAffectedByInfluencers(LoadQueryInfluencers influencers) {
		return false;
	}

	private BasicValuedModelPart deletedAt() {
		return (BasicValuedModelPart) this.persister.findAttributeMapping(SoftDeletable.DELETED_AT);
	}

}
