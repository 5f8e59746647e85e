package dev.prism.sqlite;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;

/**
 * {@link RuntimeHintsRegistrar} for {@link PrismSqliteDialect}, which Hibernate creates from
 * its class name in {@code hibernate.dialect}.
 */
class SqliteRuntimeHints implements RuntimeHintsRegistrar {

	@Override
	public void registerHints(RuntimeHints hints, ClassLoader classLoader) {
		hints.reflection().registerType(PrismSqliteDialect.class, MemberCategory.INVOKE_PUBLIC_CONSTRUCTORS);
	}

}
