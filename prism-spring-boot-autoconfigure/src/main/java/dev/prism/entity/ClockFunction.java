package dev.prism.entity;

import java.lang.ref.WeakReference;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.metamodel.mapping.JdbcMapping;
import org.hibernate.query.sqm.function.AbstractSqmSelfRenderingFunctionDescriptor;
import org.hibernate.query.sqm.produce.function.StandardArgumentsValidators;
import org.hibernate.query.sqm.produce.function.StandardFunctionReturnTypeResolvers;
import org.hibernate.sql.ast.SqlAstTranslator;
import org.hibernate.sql.ast.spi.SqlAppender;
import org.hibernate.sql.ast.tree.SqlAstNode;
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

	private final BasicType<Instant> type;

	ClockFunction(TypeConfiguration typeConfiguration) {
		super(NAME, StandardArgumentsValidators.NO_ARGS, StandardFunctionReturnTypeResolvers
			.invariant(typeConfiguration.getBasicTypeForJavaType(Instant.class)), null);
		this.type = typeConfiguration.getBasicTypeForJavaType(Instant.class);
	}

	@Override
	public void render(SqlAppender sqlAppender, List<? extends SqlAstNode> sqlAstArguments,
			ReturnableType<?> returnType, SqlAstTranslator<?> walker) {
		new ClockParameter(this.type).accept(walker);
	}

	/**
	 * Registers {@link ClockFunction} in every persistence unit.
	 */
	public static class Contributor implements FunctionContributor {

		@Override
		public void contributeFunctions(FunctionContributions functionContributions) {
			functionContributions.getFunctionRegistry()
				.register(NAME, new ClockFunction(functionContributions.getTypeConfiguration()));
		}

	}

	/**
	 * A JDBC parameter that binds the clock's instant when the statement runs.
	 */
	private static final class ClockParameter extends AbstractJdbcParameter {

		private static final ThreadLocal<Binding> lastBinding = new ThreadLocal<>();

		ClockParameter(JdbcMapping mapping) {
			super(mapping);
		}

		@Override
		@SuppressWarnings("unchecked")
		public void bindParameterValue(PreparedStatement statement, int startPosition,
				JdbcParameterBindings jdbcParamBindings, ExecutionContext executionContext) throws SQLException {
			getJdbcMapping().getJdbcValueBinder()
				.bind(statement, instant(statement, executionContext), startPosition, executionContext.getSession());
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
