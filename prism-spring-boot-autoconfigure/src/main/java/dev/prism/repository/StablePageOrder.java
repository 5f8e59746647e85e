package dev.prism.repository;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.prism.entity.SoftDeletable;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;

import org.springframework.aop.framework.ProxyFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.support.JpaEntityInformation;
import org.springframework.data.jpa.repository.support.JpaRepositoryFactory;
import org.springframework.data.repository.core.RepositoryInformation;
import org.springframework.data.repository.core.support.RepositoryFactorySupport;
import org.springframework.data.repository.core.support.RepositoryProxyPostProcessor;

/**
 * Makes paging through Prism's repositories stable: a page request whose sort does not
 * include the entity's id gets the id appended, ascending, as the final tie-breaker. Rows
 * that tie on the requested sort (a bulk soft delete gives them one {@code deleted_at})
 * then come in one order on every page, so that each appears on exactly one page. Applies
 * to every repository method that takes a {@link PageRequest}, except native queries.
 */
class StablePageOrder implements RepositoryProxyPostProcessor {

	private final RepositoryFactorySupport factory;

	StablePageOrder(RepositoryFactorySupport factory) {
		this.factory = factory;
	}

	@Override
	public void postProcess(ProxyFactory proxyFactory, RepositoryInformation repositoryInformation) {
		if (SoftDeletable.class.isAssignableFrom(repositoryInformation.getDomainType())
				&& this.factory instanceof JpaRepositoryFactory jpa) {
			JpaEntityInformation<?, ?> entity = jpa.getEntityInformation(repositoryInformation.getDomainType());
			if (!entity.hasCompositeId() && entity.getIdAttribute() != null) {
				proxyFactory.addAdvice(new Interceptor(entity.getIdAttribute().getName()));
			}
		}
	}

	private static final class Interceptor implements MethodInterceptor {

		private final String id;

		private final Map<Method, Boolean> applies = new ConcurrentHashMap<>();

		private Interceptor(String id) {
			this.id = id;
		}

		@Override
		public Object invoke(MethodInvocation invocation) throws Throwable {
			Object[] arguments = invocation.getArguments();
			for (int i = 0; i < arguments.length; i++) {
				if (arguments[i] instanceof PageRequest request && request.getSort().getOrderFor(this.id) == null
						&& this.applies.computeIfAbsent(invocation.getMethod(), Interceptor::isJpqlOrDerived)) {
					arguments[i] = request.withSort(request.getSort().and(Sort.by(this.id)));
				}
			}
			return invocation.proceed();
		}

		private static boolean isJpqlOrDerived(Method method) {
			Query query = AnnotatedElementUtils.findMergedAnnotation(method, Query.class);
			return query == null || !query.nativeQuery();
		}

	}

}
