package dev.prism.prune;

import java.time.Clock;

import jakarta.persistence.EntityManagerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration}
 * for pruning soft-deleted rows: a {@link Pruner}, the {@code prune} database command, and
 * a schedule when {@code prism.prune.cron} is set.
 */
@AutoConfiguration(after = HibernateJpaAutoConfiguration.class)
@ConditionalOnClass({ EntityManagerFactory.class, org.hibernate.Session.class })
@ConditionalOnSingleCandidate(EntityManagerFactory.class)
@ConditionalOnBean(PlatformTransactionManager.class)
@EnableConfigurationProperties(PruneProperties.class)
public final class PrismPruneAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Pruner pruner(EntityManagerFactory entityManagerFactory, PlatformTransactionManager transactionManager,
			ObjectProvider<Clock> clock, PruneProperties properties) {
		return new Pruner(SharedEntityManagerCreator.createSharedEntityManager(entityManagerFactory),
				new TransactionTemplate(transactionManager), clock.getIfUnique(Clock::systemUTC), properties);
	}

	@Bean
	@ConditionalOnMissingBean
	PruneCommand pruneCommand(Pruner pruner, Environment environment) {
		return new PruneCommand(pruner, () -> environment.getProperty("prism.db.pretend", Boolean.class, false));
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnProperty("prism.prune.cron")
	PruneSchedule pruneSchedule(Pruner pruner, PruneProperties properties) {
		return new PruneSchedule(pruner, properties.getCron());
	}

}
