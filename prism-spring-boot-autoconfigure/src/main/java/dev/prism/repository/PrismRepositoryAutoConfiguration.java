package dev.prism.repository;

import java.time.Clock;

import jakarta.persistence.EntityManagerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.jpa.repository.support.JpaRepositoryFactoryBean;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration}
 * that gives repositories extending {@link SoftDeleteRepository} Prism's soft-delete
 * implementation.
 */
@AutoConfiguration(after = HibernateJpaAutoConfiguration.class)
@ConditionalOnClass({ JpaRepositoryFactoryBean.class, org.hibernate.Session.class })
@ConditionalOnBooleanProperty(name = "prism.repository.enabled", matchIfMissing = true)
@EnableConfigurationProperties(PrismRepositoryProperties.class)
public final class PrismRepositoryAutoConfiguration {

	@Bean
	static SoftDeleteRepositoryBaseClassPostProcessor softDeleteRepositoryBaseClassPostProcessor() {
		return new SoftDeleteRepositoryBaseClassPostProcessor();
	}

	@Bean
	static SoftDeleteRepositoryFactoryBeanPostProcessor softDeleteRepositoryFactoryBeanPostProcessor(
			ObjectProvider<Clock> clock, ObjectProvider<PrismRepositoryProperties> properties,
			ObjectProvider<SoftDeleteScope> scope) {
		return new SoftDeleteRepositoryFactoryBeanPostProcessor(clock, properties, scope);
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnSingleCandidate(EntityManagerFactory.class)
	SoftDeleteScope softDeleteScope(EntityManagerFactory entityManagerFactory,
			PlatformTransactionManager transactionManager) {
		return new SoftDeleteScope(SharedEntityManagerCreator.createSharedEntityManager(entityManagerFactory),
				new TransactionTemplate(transactionManager));
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnSingleCandidate(EntityManagerFactory.class)
	BatchInserter batchInserter(EntityManagerFactory entityManagerFactory,
			PlatformTransactionManager transactionManager, PrismRepositoryProperties properties) {
		return new BatchInserter(SharedEntityManagerCreator.createSharedEntityManager(entityManagerFactory),
				new TransactionTemplate(transactionManager), properties.getBatchSize());
	}

}
