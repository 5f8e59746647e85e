package dev.prism.postgresql;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;

/**
 * {@link RuntimeHintsRegistrar} for {@link PrismPostgresDialectResolver}, which Hibernate
 * creates from its class name in {@code hibernate.dialect_resolvers}.
 */
class PostgresRuntimeHints implements RuntimeHintsRegistrar {

	@Override
	public void registerHints(RuntimeHints hints, ClassLoader classLoader) {
		hints.reflection()
			.registerType(PrismPostgresDialectResolver.class, MemberCategory.INVOKE_PUBLIC_CONSTRUCTORS);
	}

}
