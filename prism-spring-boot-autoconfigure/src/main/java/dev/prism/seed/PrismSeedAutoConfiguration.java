package dev.prism.seed;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration}
 * for seeding: a {@link SeedRunner} over the application's {@link PrismSeeder} beans, in
 * their {@code @Order}, and the {@code seed} database command. Seeding itself runs when the
 * database lifecycle asks for it ({@code prism.db.seed=true} or
 * {@code prism.db.command=seed}).
 */
@AutoConfiguration(afterName = { "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
		"org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
		"org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
		"org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration" })
@ConditionalOnClass({ JdbcTemplate.class, PlatformTransactionManager.class })
@ConditionalOnSingleCandidate(DataSource.class)
@ConditionalOnBean(PlatformTransactionManager.class)
public final class PrismSeedAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	SeedRunner seedRunner(ObjectProvider<PrismSeeder> seeders, PlatformTransactionManager transactionManager,
			DataSource dataSource, Environment environment) {
		return new SeedRunner(seeders.orderedStream().toList(), transactionManager, dataSource, environment);
	}

	@Bean
	@ConditionalOnMissingBean
	SeedCommand seedCommand(SeedRunner seedRunner) {
		return new SeedCommand(seedRunner);
	}

}
