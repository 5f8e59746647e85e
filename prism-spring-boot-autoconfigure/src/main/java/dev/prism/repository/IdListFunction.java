package dev.prism.repository;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.community.dialect.SQLiteDialect;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.model.domain.ReturnableType;
import org.hibernate.query.sqm.function.AbstractSqmSelfRenderingFunctionDescriptor;
import org.hibernate.query.sqm.produce.function.StandardArgumentsValidators;
import org.hibernate.query.sqm.produce.function.StandardFunctionReturnTypeResolvers;
import org.hibernate.sql.ast.SqlAstTranslator;
import org.hibernate.sql.ast.spi.SqlAppender;
import org.hibernate.sql.ast.tree.SqlAstNode;
import org.hibernate.type.spi.TypeConfiguration;

import org.springframework.util.ClassUtils;

/**
 * The predicate {@value #NAME}{@code (id, ids)}: whether an integral id is one of the ids
 * in {@code ids}, a single parameter holding them as decimal numbers separated by commas.
 * The bulk operations bind a chunk of ids this way instead of as one parameter per id,
 * which Hibernate would resolve and bind value by value. The statement is the same for
 * every chunk, and the database still looks each id up through the primary key:
 * <ul>
 * <li>PostgreSQL: {@code id = any(cast(string_to_array(?, ',') as bigint[]))};</li>
 * <li>SQLite: {@code id in (select value from json_each('[' || ? || ']'))}.</li>
 * </ul>
 * Other databases do not get the function, and the bulk operations bind each id.
 */
public final class IdListFunction extends AbstractSqmSelfRenderingFunctionDescriptor {

	/**
	 * The function's name.
	 */
	static final String NAME = "prism_id_in";

	private static final boolean SQLITE_DIALECT_PRESENT = ClassUtils
		.isPresent("org.hibernate.community.dialect.SQLiteDialect", IdListFunction.class.getClassLoader());

	private static final Set<Class<?>> INTEGRAL_TYPES = Set.of(Long.class, Integer.class, Short.class, long.class,
			int.class, short.class);

	private final String between;

	private final String after;

	private IdListFunction(TypeConfiguration typeConfiguration, String between, String after) {
		super(NAME, StandardArgumentsValidators.exactly(2),
				StandardFunctionReturnTypeResolvers.invariant(typeConfiguration.getBasicTypeForJavaType(Boolean.class)),
				null);
		this.between = between;
		this.after = after;
	}

	@Override
	public boolean isPredicate() {
		return true;
	}

	@Override
	public void render(SqlAppender sqlAppender, List<? extends SqlAstNode> sqlAstArguments,
			ReturnableType<?> returnType, SqlAstTranslator<?> walker) {
		sqlAstArguments.get(0).accept(walker);
		sqlAppender.appendSql(this.between);
		sqlAstArguments.get(1).accept(walker);
		sqlAppender.appendSql(this.after);
	}

	/**
	 * Return whether ids of the given type can be bound through this function in the
	 * session factory.
	 * @param sessionFactory the session factory
	 * @param idType the type of the ids
	 * @return whether the function applies
	 */
	static boolean appliesTo(SessionFactoryImplementor sessionFactory, Class<?> idType) {
		return INTEGRAL_TYPES.contains(idType)
				&& sessionFactory.getQueryEngine().getSqmFunctionRegistry().findFunctionDescriptor(NAME) != null;
	}

	/**
	 * Return the parameter value for the given ids.
	 * @param ids integral ids
	 * @return the ids as decimal numbers separated by commas
	 */
	static String parameter(Collection<?> ids) {
		StringBuilder value = new StringBuilder(ids.size() * 8);
		for (Object id : ids) {
			if (!value.isEmpty()) {
				value.append(',');
			}
			value.append(((Number) id).longValue());
		}
		return value.toString();
	}

	/**
	 * Registers {@link IdListFunction} for PostgreSQL and SQLite.
	 */
	public static class Contributor implements FunctionContributor {

		@Override
		public void contributeFunctions(FunctionContributions functionContributions) {
			Dialect dialect = functionContributions.getDialect();
			TypeConfiguration types = functionContributions.getTypeConfiguration();
			if (dialect instanceof PostgreSQLDialect) {
				functionContributions.getFunctionRegistry()
					.register(NAME, new IdListFunction(types, " = any(cast(string_to_array(", ", ',') as bigint[]))"));
			}
			else if (SQLITE_DIALECT_PRESENT && dialect instanceof SQLiteDialect) {
				functionContributions.getFunctionRegistry()
					.register(NAME, new IdListFunction(types, " in (select value from json_each('[' || ", " || ']'))"));
			}
		}

	}

}
