package dev.prism.repository;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.hibernate.query.criteria.JpaSubQuery;
import org.hibernate.query.sqm.NodeBuilder;
import org.hibernate.query.sqm.tree.select.SqmSubQuery;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.query.QueryUtils;

/**
 * The rows of a deep page as a deferred join: a subquery selects the ids of the page's
 * rows, in the page's order and with its offset and size, and the query loads the rows
 * with those ids. The subquery reads only an index of the live rows where one covers the
 * sort (a {@code createLiveIndex} on the sorted columns on PostgreSQL, the
 * {@code deleted_at} index for an id order on SQLite), where an {@code OFFSET} on the
 * rows themselves reads every row before the page and throws it away. The query that
 * uses it must order its rows by the same sort. The predicate is {@code id in (select …)},
 * not the {@code in ((select …))} of JPA's {@code in(subquery)}, which older SQLite
 * versions compare with the subquery's first row only.
 *
 * @param <T> the entity type
 */
final class DeferredPage<T> implements Specification<T> {

	private final Class<T> type;

	private final String id;

	private final Class<?> idType;

	private final Pageable page;

	DeferredPage(Class<T> type, String id, Class<?> idType, Pageable page) {
		this.type = type;
		this.id = id;
		this.idType = idType;
		this.page = page;
	}

	@Override
	@SuppressWarnings({ "unchecked", "rawtypes" })
	public Predicate toPredicate(Root<T> root, CriteriaQuery<?> query, CriteriaBuilder builder) {
		JpaSubQuery<Object> ids = (JpaSubQuery) query.subquery(this.idType);
		Root<T> row = ids.from(this.type);
		ids.select(row.get(this.id))
			.orderBy(QueryUtils.toOrders(this.page.getSort(), row, builder))
			.offset(this.page.getOffset())
			.fetch(this.page.getPageSize());
		return ((NodeBuilder) builder).in(root.get(this.id), (SqmSubQuery<Object>) ids);
	}

}
