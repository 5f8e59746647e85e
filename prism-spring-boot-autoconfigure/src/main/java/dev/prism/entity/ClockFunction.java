package dev.prism.entity;

import java.lang.ref.WeakReference;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import dev.prism.event.EntityChanges;
import dev.prism.event.PrismEvents;
import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.metamodel.mapping.JdbcMapping;
import org.hibernate.query.sqm.function.AbstractSqmSelfRenderingFunctionDescriptor;
import org.hibernate.query.sqm.produce.function.StandardArgumentsValidators;
import org.hibernate.query.sqm.produce.function.StandardFunctionReturnTypeResolvers;
import org.hibernate.sql.ast.SqlAstTranslator;
import org.hibernate.sql.ast.spi.SqlAppender;
import org.hibernate.sql.ast.tree.SqlAstNode;
import org.hibernate.sql.ast.tree.expression.Literal;
import org.hibernate.sql.exec.internal.AbstractJdbcParameter;
import org.hibernate.sql.exec.spi.ExecutionContext;
import org.hibernate.sql.exec.spi.JdbcParameterBindings;
import org.hibernate.type.BasicType;
import org.hibernate.type.spi.TypeConfiguration;
import org.hibernate.metamodel.model.domain.ReturnableType;

/**
 * The HQL function {@value #NAME}{@code ()}: the current instant of the application's
 * {@code Clock} (see {@link TimestampListener}), bound as a parameter each time the
 * statement runs, so that cached query plans never reuse an old instant. Within one
 * statement every occurrence binds the same instant. Soft deletes written as JPQL
 * {@code delete} statements use it for {@code deleted_at} and {@code updated_at}.
 */
public class ClockFunction extends AbstractSqmSelfRenderingFunctionDescriptor {

	/**
	 * The function's name.
	 */
	public static final String NAME = "prism_now";

	/**
	 * Name of the variant that a JPQL soft delete uses, with the entity name as its
	 * argument: it also publishes the statement's {@link dev.prism.event.SoftDeletedEvent}.
	 */
	static final String SOFT_DELETE_NAME = "prism_soft_delete_now";

	private final BasicType<Instant> type;

	private final boolean softDelete;

	ClockFunction(TypeConfiguration typeConfiguration, boolean softDelete) {
		super(softDelete ? SOFT_DELETE_NAME : NAME,
				softDelete ? StandardArgumentsValidators.exactly(1) : StandardArgumentsValidators.NO_ARGS,
				StandardFunctionReturnTypeResolvers.invariant(typeConfiguration.getBasicTypeForJavaType(Instant.class)),
				null);
		this.type = typeConfiguration.getBasicTypeForJavaType(Instant.class);
		this.softDelete = softDelete;
	}

	@Override
	public void render(SqlAppender sqlAppender, List<? extends SqlAstNode> sqlAstArguments,
			ReturnableType<?> returnType, SqlAstTranslator<?> walker) {
		String entityName = this.softDelete ? (String) ((Literal) sqlAstArguments.get(0)).getLiteralValue() : null;
		new ClockParameter(this.type, entityName).accept(walker);
	}

	/**
	 * Registers {@link ClockFunction} and {@link AuditorFunction} in every persistence unit.
	 */
	public static class Contributor implements FunctionContributor {

		@Override
		public void contributeFunctions(FunctionContributions functionContributions) {
			functionContributions.getFunctionRegistry()
				.register(NAME, new ClockFunction(functionContributions.getTypeConfiguration(), false));
			functionContributions.getFunctionRegistry()
				.register(SOFT_DELETE_NAME, new ClockFunction(functionContributions.getTypeConfiguration(), true));
			functionContributions.getFunctionRegistry().register(AuditorFunction.NAME, new AuditorFunction());
		}

	}

	/**
	 * A JDBC parameter that binds the clock's instant when the statement runs; for a soft
	 * delete, the first binding of a statement run publishes its event, with the ids of the
	 * rows unknown: a listener that throws stops the statement.
	 */
	private static final class ClockParameter extends AbstractJdbcParameter {

		private static final ThreadLocal<Binding> lastBinding = new ThreadLocal<>();

		private final String softDeletedEntity;

		ClockParameter(JdbcMapping mapping, String softDeletedEntity) {
			super(mapping);
			this.softDeletedEntity = softDeletedEntity;
		}

		@Override
		@SuppressWarnings("unchecked")
		public void bindParameterValue(PreparedStatement statement, int startPosition,
				JdbcParameterBindings jdbcParamBindings, ExecutionContext executionContext) throws SQLException {
			Binding last = lastBinding.get();
			Instant instant = instant(statement, executionContext);
			if (this.softDeletedEntity != null && lastBinding.get() != last) {
				publish(executionContext.getSession().getFactory());
			}
			getJdbcMapping().getJdbcValueBinder().bind(statement, instant, startPosition, executionContext.getSession());
		}

		private void publish(SessionFactoryImplementor sessionFactory) {
			PrismEvents events = PrismEvents.of(sessionFactory.getProperties());
			Class<?> type = sessionFactory.getMappingMetamodel()
				.getEntityDescriptor(this.softDeletedEntity)
				.getMappedClass();
			if (events.hasListeners(EntityChanges.Kind.SOFT_DELETED, type)) {
				EntityChanges changes = new EntityChanges();
				changes.addSoftDeletedWithUnknownIds(type);
				events.publish(changes);
			}
		}

		private static Instant instant(PreparedStatement statement, ExecutionContext executionContext) {
			Binding last = lastBinding.get();
			if (last != null && last.statement.get() == statement && last.executionContext.get() == executionContext) {
				return last.instant;
			}
			Instant instant = TimestampListener.of(executionContext.getSession().getFactory()).now();
			lastBinding.set(new Binding(new WeakReference<>(statement), new WeakReference<>(executionContext), instant));
			return instant;
		}

		/**
		 * The last statement a thread bound, held weakly so that a pooled thread does not keep
		 * a closed statement and its session alive.
		 */
		private record Binding(WeakReference<PreparedStatement> statement,
				WeakReference<ExecutionContext> executionContext, Instant instant) {
		}

	}

}
