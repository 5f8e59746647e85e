package dev.prism.entity;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import org.hibernate.metamodel.model.domain.ReturnableType;
import org.hibernate.query.sqm.function.AbstractSqmSelfRenderingFunctionDescriptor;
import org.hibernate.query.sqm.produce.function.StandardArgumentsValidators;
import org.hibernate.query.sqm.produce.function.StandardFunctionReturnTypeResolvers;
import org.hibernate.sql.ast.SqlAstTranslator;
import org.hibernate.sql.ast.spi.SqlAppender;
import org.hibernate.sql.ast.tree.SqlAstNode;
import org.hibernate.sql.ast.tree.expression.Expression;
import org.hibernate.sql.exec.internal.AbstractJdbcParameter;
import org.hibernate.sql.exec.spi.ExecutionContext;
import org.hibernate.sql.exec.spi.JdbcParameterBindings;
import org.hibernate.metamodel.mapping.JdbcMapping;

/**
 * The HQL function {@value #NAME}{@code (attribute)}: the current auditor of
 * {@link Auditing}, bound as a parameter of the attribute's type each time the statement
 * runs. JPQL soft deletes use it for the {@link DeletedBy @DeletedBy} column.
 */
final class AuditorFunction extends AbstractSqmSelfRenderingFunctionDescriptor {

	static final String NAME = "prism_auditor";

	AuditorFunction() {
		super(NAME, StandardArgumentsValidators.exactly(1), StandardFunctionReturnTypeResolvers.useArgType(1), null);
	}

	@Override
	public void render(SqlAppender sqlAppender, List<? extends SqlAstNode> sqlAstArguments,
			ReturnableType<?> returnType, SqlAstTranslator<?> walker) {
		JdbcMapping mapping = ((Expression) sqlAstArguments.get(0)).getExpressionType().getSingleJdbcMapping();
		new AuditorParameter(mapping).accept(walker);
	}

	private static final class AuditorParameter extends AbstractJdbcParameter {

		AuditorParameter(JdbcMapping mapping) {
			super(mapping);
		}

		@Override
		@SuppressWarnings("unchecked")
		public void bindParameterValue(PreparedStatement statement, int startPosition,
				JdbcParameterBindings jdbcParamBindings, ExecutionContext executionContext) throws SQLException {
			Object auditor = Auditing.of(executionContext.getSession().getFactory().getProperties()).currentAuditor();
			getJdbcMapping().getJdbcValueBinder().bind(statement, auditor, startPosition, executionContext.getSession());
		}

	}

}
