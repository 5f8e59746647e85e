package dev.prism.entity;

import dev.prism.repository.IdListFunction;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.TypeReference;
import org.springframework.util.ClassUtils;

/**
 * {@link RuntimeHintsRegistrar} for what Hibernate loads of Prism's soft delete by name or
 * through {@link java.util.ServiceLoader}: the integrator and contributors, the state
 * management it reads through its {@code INSTANCE} field, the query translator named in
 * {@code hibernate.query.sqm.translator}, the timestamp listener it instantiates and the
 * package whose annotations declare the soft-delete filter.
 */
class SoftDeleteRuntimeHints implements RuntimeHintsRegistrar {

	private static final String[] SERVICES = { "org.hibernate.integrator.spi.Integrator",
			"org.hibernate.boot.spi.MetadataSourcesContributor", "org.hibernate.boot.model.FunctionContributor" };

	@Override
	public void registerHints(RuntimeHints hints, ClassLoader classLoader) {
		for (String service : SERVICES) {
			hints.resources().registerPattern("META-INF/services/" + service);
		}
		for (Class<?> type : new Class<?>[] { SoftDeleteIntegrator.class, SoftDeleteFilterDefinitionContributor.class,
				ClockFunction.Contributor.class, SoftDeleteSqmTranslatorFactory.class, TimestampListener.class,
				SoftDeletableEntity.class, IdListFunction.Contributor.class }) {
			hints.reflection().registerType(type, MemberCategory.INVOKE_PUBLIC_CONSTRUCTORS);
		}
		hints.reflection()
			.registerType(TypeReference.of(SoftDeleteStateManagement.class), MemberCategory.ACCESS_PUBLIC_FIELDS);
		hints.reflection()
			.registerType(ClassUtils.resolveClassName(SoftDeletable.class.getPackageName() + ".package-info",
					classLoader));
	}

}
