package dev.prism.repository;

import java.util.Collection;
import java.util.Map;

import jakarta.persistence.Query;
import org.hibernate.HibernateException;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.query.hql.internal.QuerySplitter;
import org.hibernate.query.spi.DomainQueryExecutionContext;
import org.hibernate.query.spi.NonSelectQueryPlan;
import org.hibernate.query.sqm.internal.SimpleDeleteQueryPlan;
import org.hibernate.query.sqm.internal.SimpleNonSelectQueryPlan;
import org.hibernate.query.sqm.internal.SqmQueryImpl;
import org.hibernate.query.sqm.tree.SqmDmlStatement;
import org.hibernate.query.sqm.tree.delete.SqmDeleteStatement;
import org.hibernate.query.sqm.tree.update.SqmUpdateStatement;

/**
 * A Criteria {@code UPDATE} or {@code DELETE} that runs once per chunk of a bulk
 * operation, translated to SQL on its first run only. Hibernate caches no plans of
 * mutations: every {@code executeUpdate} builds a new plan and translates the statement
 * again. This keeps the plan, which keeps its translation, and runs it with each chunk's
 * parameter values.
 * <p>
 * The plan is kept only where Hibernate builds a simple one: a statement on one table
 * whose parameters are single values. A list parameter is expanded into one JDBC
 * parameter per element at translation, so its translation does not fit a list of another
 * size; a statement Hibernate splits by polymorphism or runs on several tables has a plan
 * of another kind. Those run through {@link Query#executeUpdate()} each time.
 */
final class RepeatedMutation {

	private static final String NO_TRANSACTION = "No active transaction for update or delete query";

	private final Query query;

	private final SqmQueryImpl<?> sqmQuery;

	private final NonSelectQueryPlan plan;

	private RepeatedMutation(Query query, SqmQueryImpl<?> sqmQuery, NonSelectQueryPlan plan) {
		this.query = query;
		this.sqmQuery = sqmQuery;
		this.plan = plan;
	}

	/**
	 * Return a mutation that runs the given query, keeping its plan where the query and the
	 * kind of its parameter values allow.
	 * @param query a Criteria update or delete
	 * @param parameters the values of its named parameters on the first run
	 * @return the mutation
	 */
	static RepeatedMutation of(Query query, Map<String, Object> parameters) {
		SqmQueryImpl<?> sqmQuery = query.unwrap(SqmQueryImpl.class);
		NonSelectQueryPlan plan = parameters.values().stream().anyMatch(Collection.class::isInstance) ? null
				: simplePlan(sqmQuery);
		return new RepeatedMutation(query, sqmQuery, plan);
	}

	private static NonSelectQueryPlan simplePlan(SqmQueryImpl<?> query) {
		SqmDmlStatement<?> statement = (SqmDmlStatement<?>) query.getSqmStatement();
		EntityPersister persister = ((DomainQueryExecutionContext) query).getSession()
			.getFactory()
			.getMappingMetamodel()
			.getEntityDescriptor(statement.getTarget().getModel().getHibernateEntityName());
		if (persister.getSqmMultiTableMutationStrategy() != null) {
			return null;
		}
		if (statement instanceof SqmUpdateStatement<?> update) {
			return new SimpleNonSelectQueryPlan(update, query.getDomainParameterXref());
		}
		if (statement instanceof SqmDeleteStatement<?> delete && QuerySplitter.split(delete).length == 1) {
			return new SimpleDeleteQueryPlan(persister, delete, query.getDomainParameterXref());
		}
		return null;
	}

	/**
	 * Run the statement with the given values of its named parameters.
	 * @param parameters values by parameter name
	 * @return the number of rows changed
	 */
	int execute(Map<String, Object> parameters) {
		parameters.forEach(this.query::setParameter);
		if (this.plan == null) {
			return this.query.executeUpdate();
		}
		SharedSessionContractImplementor session = ((DomainQueryExecutionContext) this.sqmQuery).getSession();
		session.checkTransactionNeededForUpdateOperation(NO_TRANSACTION);
		session.prepareForQueryExecution(false);
		boolean success = false;
		try {
			int count = this.plan.executeUpdate(this.sqmQuery);
			success = true;
			return count;
		}
		catch (HibernateException ex) {
			throw session.getExceptionConverter().convert(ex);
		}
		finally {
			this.sqmQuery.getDomainParameterXref().clearExpansions();
			session.afterOperation(success);
		}
	}

}
