package dev.prism.postgresql;

import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.dialect.sql.ast.PostgreSQLSqlAstTranslator;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.sql.ast.SqlAstTranslator;
import org.hibernate.sql.ast.SqlAstTranslatorFactory;
import org.hibernate.sql.ast.spi.StandardSqlAstTranslatorFactory;
import org.hibernate.sql.ast.tree.Statement;
import org.hibernate.sql.ast.tree.expression.Expression;
import org.hibernate.sql.exec.spi.JdbcOperation;

/**
 * Hibernate's {@link PostgreSQLDialect}, except that the row limit of a JPQL, Criteria or
 * derived query ({@code setMaxResults}, a {@code Pageable}'s size, {@code findFirst20By…})
 * is written into the SQL as a literal ({@code fetch first 20 rows only}) instead of being
 * bound as a parameter. PostgreSQL cannot estimate a plan whose limit is a parameter, so
 * it plans such a statement again on every execution; with the limit in the SQL it keeps
 * one generic plan for the server-prepared statement. Offsets, and the limits of native
 * queries, stay parameters. Hibernate translates a query again when it runs with another
 * limit than its cached translation.
 */
public class PrismPostgresDialect extends PostgreSQLDialect {

	public PrismPostgresDialect() {
	}

	public PrismPostgresDialect(DialectResolutionInfo info) {
		super(info);
	}

	@Override
	public SqlAstTranslatorFactory getSqlAstTranslatorFactory() {
		return new StandardSqlAstTranslatorFactory() {

			@Override
			protected <T extends JdbcOperation> SqlAstTranslator<T> buildTranslator(
					SessionFactoryImplementor sessionFactory, Statement statement) {
				return new LiteralRowLimitTranslator<>(sessionFactory, statement);
			}

		};
	}

	/**
	 * PostgreSQL's translator that renders the row limit of the query options as a
	 * literal; Hibernate then records the value and reuses the translation only for that
	 * limit.
	 */
	static class LiteralRowLimitTranslator<T extends JdbcOperation> extends PostgreSQLSqlAstTranslator<T> {

		LiteralRowLimitTranslator(SessionFactoryImplementor sessionFactory, Statement statement) {
			super(sessionFactory, statement);
		}

		@Override
		protected void renderFetchExpression(Expression fetchExpression) {
			if (fetchExpression != null && fetchExpression == getLimitParameter()) {
				renderAsLiteral(getLimitParameter(), getParameterBindValue(getLimitParameter()));
			}
			else {
				super.renderFetchExpression(fetchExpression);
			}
		}

	}

}
