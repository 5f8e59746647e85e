package dev.prism.repository;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Query;
import org.hibernate.HibernateException;
import org.hibernate.Session;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.jpa.SpecHints;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.query.hql.internal.QuerySplitter;
import org.hibernate.query.internal.QueryOptionsImpl;
import org.hibernate.query.spi.DomainQueryExecutionContext;
import org.hibernate.query.spi.NonSelectQueryPlan;
import org.hibernate.query.spi.ParameterMetadataImplementor;
import org.hibernate.query.spi.QueryOptions;
import org.hibernate.query.spi.QueryParameterBinding;
import org.hibernate.query.spi.QueryParameterBindings;
import org.hibernate.query.spi.QueryParameterImplementor;
import org.hibernate.query.sqm.internal.DomainParameterXref;
import org.hibernate.query.sqm.internal.SimpleDeleteQueryPlan;
import org.hibernate.query.sqm.internal.SimpleNonSelectQueryPlan;
import org.hibernate.query.sqm.internal.SqmQueryImpl;
import org.hibernate.query.sqm.tree.SqmDmlStatement;
import org.hibernate.query.sqm.tree.delete.SqmDeleteStatement;
import org.hibernate.query.sqm.tree.expression.SqmJpaCriteriaParameterWrapper;
import org.hibernate.query.sqm.tree.expression.SqmParameter;
import org.hibernate.query.sqm.tree.expression.ValueBindJpaCriteriaParameter;
import org.hibernate.query.sqm.tree.update.SqmUpdateStatement;
import org.hibernate.sql.exec.spi.Callback;

import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A Criteria {@code UPDATE} or {@code DELETE} that runs again and again with other values
 * of its named parameters, translated to SQL on its first run only: once per chunk of a
 * bulk operation and, when it {@link #isShareable() is shareable}, in every later operation
 * that builds the same statement. Hibernate caches no plans of mutations: every
 * {@code executeUpdate} builds a new plan and translates the statement again. This keeps
 * the plan, which keeps its translation, and runs it with each run's parameter values.
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

	private final NonSelectQueryPlan plan;

	private final DomainParameterXref parameters;

	private final ParameterMetadataImplementor parameterMetadata;

	private final boolean shareable;

	private RepeatedMutation(Query query, NonSelectQueryPlan plan, DomainParameterXref parameters,
			ParameterMetadataImplementor parameterMetadata, boolean shareable) {
		this.query = query;
		this.plan = plan;
		this.parameters = parameters;
		this.parameterMetadata = parameterMetadata;
		this.shareable = shareable;
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
		if (plan == null) {
			return new RepeatedMutation(query, null, null, null, false);
		}
		DomainParameterXref xref = sqmQuery.getDomainParameterXref();
		boolean shareable = xref.getQueryParameters()
			.values()
			.stream()
			.allMatch((sqmParameters) -> boundByValue(sqmParameters) == null);
		return new RepeatedMutation(null, plan, xref, sqmQuery.getParameterMetadata(), shareable);
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
	 * Return whether the statement can run in any session and operation: its plan is kept
	 * and every value it binds is a named parameter's. A value given to Criteria as a plain
	 * object ({@code update.set(path, value)}) is bound from the statement itself, so a
	 * statement holding one runs only in the operation that built it.
	 * @return whether the mutation can be shared
	 */
	boolean isShareable() {
		return this.shareable;
	}

	/**
	 * Run the statement in the entity manager's current session with the given values of
	 * its named parameters; values of names the statement does not use are ignored.
	 * @param entityManager the entity manager
	 * @param values values by parameter name
	 * @return the number of rows changed
	 */
	int execute(EntityManager entityManager, Map<String, Object> values) {
		if (this.plan == null) {
			values.forEach((name, value) -> {
				if (uses(this.query, name)) {
					this.query.setParameter(name, value);
				}
			});
			return this.query.executeUpdate();
		}
		SharedSessionContractImplementor session = entityManager.unwrap(SharedSessionContractImplementor.class);
		session.checkTransactionNeededForUpdateOperation(NO_TRANSACTION);
		Execution execution = new Execution(session, options(session, entityManager.getEntityManagerFactory()),
				bind(session, values));
		session.prepareForQueryExecution(false);
		boolean success = false;
		try {
			int count = this.plan.executeUpdate(execution);
			success = true;
			return count;
		}
		catch (HibernateException ex) {
			throw session.getExceptionConverter().convert(ex);
		}
		finally {
			session.afterOperation(success);
		}
	}

	private static boolean uses(Query query, String name) {
		return query.getParameters().stream().anyMatch((parameter) -> name.equals(parameter.getName()));
	}

	/**
	 * Bind the named parameters to the given values and the values given to Criteria as
	 * plain objects to their own, as Hibernate's {@code SqmQueryImpl} does, and check that
	 * every parameter is bound.
	 */
	private QueryParameterBindings bind(SharedSessionContractImplementor session, Map<String, Object> values) {
		QueryParameterBindings bindings = this.parameterMetadata.createBindings(session.getFactory());
		for (Map.Entry<QueryParameterImplementor<?>, List<SqmParameter<?>>> entry : this.parameters
			.getQueryParameters()
			.entrySet()) {
			QueryParameterImplementor<?> parameter = entry.getKey();
			ValueBindJpaCriteriaParameter<?> value = boundByValue(entry.getValue());
			if (value != null) {
				bindValue(bindings.getBinding(parameter), value);
			}
			else if (parameter.getName() != null && values.containsKey(parameter.getName())) {
				bindings.getBinding(parameter).setBindValue(values.get(parameter.getName()), true);
			}
		}
		bindings.validate();
		return bindings;
	}

	private static <T> void bindValue(QueryParameterBinding<?> binding, ValueBindJpaCriteriaParameter<T> parameter) {
		binding.setBindValue(parameter.getValue(), parameter.getAnticipatedType());
	}

	/**
	 * Return the value given to Criteria as a plain object that the parameter binds, or
	 * {@code null} for a named parameter.
	 */
	private static ValueBindJpaCriteriaParameter<?> boundByValue(List<SqmParameter<?>> parameters) {
		return (parameters.get(0) instanceof SqmJpaCriteriaParameterWrapper<?> wrapper
				&& wrapper.getJpaCriteriaParameter() instanceof ValueBindJpaCriteriaParameter<?> value) ? value : null;
	}

	/**
	 * The options of a statement run outside a Hibernate query, with the timeout a query
	 * created in the session gets: the session's {@code jakarta.persistence.query.timeout},
	 * or the remaining time of a Spring transaction with a timeout, which Spring applies to
	 * every query created in the transaction.
	 */
	private static QueryOptions options(SharedSessionContractImplementor session,
			EntityManagerFactory entityManagerFactory) {
		QueryOptionsImpl options = new QueryOptionsImpl();
		Object hinted = (session instanceof Session hibernate)
				? hibernate.getProperties().get(SpecHints.HINT_SPEC_QUERY_TIMEOUT) : null;
		if (hinted != null) {
			options.setTimeout(seconds(Long.parseLong(hinted.toString())));
		}
		if (TransactionSynchronizationManager
			.getResource(entityManagerFactory) instanceof EntityManagerHolder holder && holder.hasTimeout()) {
			options.setTimeout(seconds(holder.getTimeToLiveInMillis()));
		}
		return options;
	}

	private static int seconds(long millis) {
		return (int) Math.round(millis / 1000.0);
	}

	/**
	 * One run of the plan in a session, with its own parameter bindings.
	 */
	private record Execution(SharedSessionContractImplementor session, QueryOptions queryOptions,
			QueryParameterBindings queryParameterBindings) implements DomainQueryExecutionContext {

		@Override
		public QueryOptions getQueryOptions() {
			return this.queryOptions;
		}

		@Override
		public QueryParameterBindings getQueryParameterBindings() {
			return this.queryParameterBindings;
		}

		@Override
		public Callback getCallback() {
			return null;
		}

		@Override
		public SharedSessionContractImplementor getSession() {
			return this.session;
		}

	}

}
