package dev.prism.sqlite;

import org.hibernate.community.dialect.SQLiteSqlAstTranslator;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.sql.ast.tree.Statement;
import org.hibernate.sql.ast.tree.from.NamedTableReference;
import org.hibernate.sql.exec.spi.JdbcOperation;

/**
 * Renders the target table of an {@code UPDATE} or {@code DELETE} with its alias
 * ({@code update members as m1_0 set … where m1_0.deleted_at is null}), which SQLite
 * accepts after {@code AS}, so that filter conditions qualified with the alias (the
 * soft-delete filter on a JPQL {@code update}) work as they do on PostgreSQL.
 *
 * @param <T> the operation type
 */
class SqliteDmlAliasTranslator<T extends JdbcOperation> extends SQLiteSqlAstTranslator<T> {

	SqliteDmlAliasTranslator(SessionFactoryImplementor sessionFactory, Statement statement) {
		super(sessionFactory, statement);
	}

	@Override
	protected void renderDmlTargetTableExpression(NamedTableReference tableReference) {
		super.renderDmlTargetTableExpression(tableReference);
		String alias = tableReference.getIdentificationVariable();
		if (alias != null && !alias.isEmpty()) {
			appendSql(" as ");
			appendSql(alias);
		}
	}

}
