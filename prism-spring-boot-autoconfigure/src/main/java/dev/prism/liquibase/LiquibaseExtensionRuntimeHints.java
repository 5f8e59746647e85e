package dev.prism.liquibase;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;

/**
 * {@link RuntimeHintsRegistrar} for Prism's Liquibase extensions, which Liquibase finds
 * through {@link java.util.ServiceLoader} and instantiates reflectively.
 */
class LiquibaseExtensionRuntimeHints implements RuntimeHintsRegistrar {

	@Override
	public void registerHints(RuntimeHints hints, ClassLoader classLoader) {
		for (String service : new String[] { "liquibase.change.Change", "liquibase.datatype.LiquibaseDataType",
				"liquibase.lockservice.LockService", "liquibase.sqlgenerator.SqlGenerator" }) {
			hints.resources().registerPattern("META-INF/services/" + service);
		}
		for (Class<?> type : new Class<?>[] { SqliteBigIntType.class, CreateLiveIndexChange.class,
				CreateLiveUniqueIndexChange.class, SqliteModifyDataTypeGenerator.class, SqliteSetNullableGenerator.class,
				SqliteAddDefaultValueGenerator.class, SqliteDropDefaultValueGenerator.class, SqliteDropColumnChange.class,
				SqliteDropColumnGenerator.class,
				SqliteAddColumnGenerator.class, SqliteAddColumnChange.class }) {
			hints.reflection()
				.registerType(type, MemberCategory.INVOKE_PUBLIC_CONSTRUCTORS, MemberCategory.INVOKE_PUBLIC_METHODS);
		}
	}

}
