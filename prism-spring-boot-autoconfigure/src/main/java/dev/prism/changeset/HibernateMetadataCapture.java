package dev.prism.changeset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.hibernate.jpa.boot.spi.JpaSettings;

import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;

/**
 * Keeps the mapping {@link Metadata} of the application's session factory, which Hibernate
 * does not expose once it has started, so that {@link GenerateChangesetCommand} can compare
 * it with the database. Registered as an {@link Integrator} through
 * {@code hibernate.integrator_provider}, alongside any provider already set, and only in a
 * run whose {@code prism.db.command} is {@code generate-changeset}: an application that
 * serves traffic keeps no boot-time mapping model.
 */
class HibernateMetadataCapture implements Integrator, HibernatePropertiesCustomizer {

	private volatile Metadata metadata;

	private volatile SessionFactoryImplementor sessionFactory;

	@Override
	public void customize(Map<String, Object> hibernateProperties) {
		Object existing = hibernateProperties.get(JpaSettings.INTEGRATOR_PROVIDER);
		IntegratorProvider provider = () -> {
			List<Integrator> integrators = new ArrayList<>();
			if (existing instanceof IntegratorProvider other) {
				integrators.addAll(other.getIntegrators());
			}
			integrators.add(this);
			return integrators;
		};
		hibernateProperties.put(JpaSettings.INTEGRATOR_PROVIDER, provider);
	}

	@Override
	public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
			SessionFactoryImplementor sessionFactory) {
		this.metadata = metadata;
		this.sessionFactory = sessionFactory;
	}

	Metadata metadata() {
		requireStarted();
		return this.metadata;
	}

	SessionFactoryImplementor sessionFactory() {
		requireStarted();
		return this.sessionFactory;
	}

	private void requireStarted() {
		if (this.metadata == null) {
			throw new ChangesetException("The JPA entity model is not available: no Hibernate EntityManagerFactory "
					+ "has started", "Configure a data source and JPA entities, with Spring Boot's Hibernate "
							+ "auto-configuration, to generate changesets from them.");
		}
	}

}
