package dev.prism.repository;

import java.time.Clock;

import dev.prism.entity.SoftDeletable;

import org.springframework.aop.TargetSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.data.jpa.repository.support.JpaRepositoryFactoryBean;

/**
 * Configures the repositories of {@link SoftDeletable} entities as they are created: gives
 * {@link SoftDeleteJpaRepository} the application's {@link Clock} and batch size, runs
 * {@link IncludeDeleted} methods in a {@link SoftDeleteScope}, and pages in a
 * {@link StablePageOrder stable order}.
 */
class SoftDeleteRepositoryFactoryBeanPostProcessor implements BeanPostProcessor {

	private final ObjectProvider<Clock> clock;

	private final ObjectProvider<PrismRepositoryProperties> properties;

	private final ObjectProvider<SoftDeleteScope> scope;

	SoftDeleteRepositoryFactoryBeanPostProcessor(ObjectProvider<Clock> clock,
			ObjectProvider<PrismRepositoryProperties> properties, ObjectProvider<SoftDeleteScope> scope) {
		this.clock = clock;
		this.properties = properties;
		this.scope = scope;
	}

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof JpaRepositoryFactoryBean<?, ?, ?> factoryBean) {
			factoryBean.addRepositoryFactoryCustomizer(
					(factory) -> factory.addRepositoryProxyPostProcessor(new StablePageOrder(factory)));
			factoryBean.addRepositoryFactoryCustomizer((factory) -> factory
				.addRepositoryProxyPostProcessor((proxyFactory, repositoryInformation) -> {
					if (SoftDeletable.class.isAssignableFrom(repositoryInformation.getDomainType())) {
						configure(proxyFactory.getTargetSource());
						SoftDeleteScope scope = this.scope.getIfAvailable();
						if (scope != null
								&& IncludeDeletedInterceptor.isNeededFor(repositoryInformation.getRepositoryInterface())) {
							proxyFactory.addAdvice(new IncludeDeletedInterceptor(scope));
						}
					}
				}));
		}
		return bean;
	}

	private void configure(TargetSource targetSource) {
		try {
			if (targetSource.getTarget() instanceof SoftDeleteJpaRepository<?, ?> repository) {
				this.clock.ifUnique(repository::setClock);
				this.properties.ifAvailable((properties) -> {
					repository.setBatchSize(properties.getBatchSize());
					repository.setDeepPageOffset(properties.getDeepPageOffset());
				});
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot configure repository " + targetSource, ex);
		}
	}

}
