package dev.prism.repository;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;

/**
 * Runs repository methods annotated with {@link IncludeDeleted} in a
 * {@link SoftDeleteScope}.
 */
class IncludeDeletedInterceptor implements MethodInterceptor {

	private final SoftDeleteScope scope;

	private final Map<Method, Boolean> includesDeleted = new ConcurrentHashMap<>();

	IncludeDeletedInterceptor(SoftDeleteScope scope) {
		this.scope = scope;
	}

	@Override
	public Object invoke(MethodInvocation invocation) throws Throwable {
		if (!this.includesDeleted.computeIfAbsent(invocation.getMethod(), IncludeDeletedInterceptor::isAnnotated)) {
			return invocation.proceed();
		}
		try {
			return this.scope.includingDeleted(() -> {
				try {
					return invocation.proceed();
				}
				catch (Throwable ex) {
					throw new InvocationFailure(ex);
				}
			});
		}
		catch (InvocationFailure failure) {
			throw failure.getCause();
		}
	}

	/**
	 * Return whether any method of the repository interface is marked, so that
	 * repositories without {@link IncludeDeleted} get no interceptor at all.
	 * @param repositoryInterface the repository interface
	 * @return {@code true} when the interceptor is needed
	 */
	static boolean isNeededFor(Class<?> repositoryInterface) {
		for (Method method : repositoryInterface.getMethods()) {
			if (isAnnotated(method)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isAnnotated(Method method) {
		return method.isAnnotationPresent(IncludeDeleted.class)
				|| method.getDeclaringClass().isAnnotationPresent(IncludeDeleted.class);
	}

	private static final class InvocationFailure extends RuntimeException {

		InvocationFailure(Throwable cause) {
			super(cause);
		}

	}

}
