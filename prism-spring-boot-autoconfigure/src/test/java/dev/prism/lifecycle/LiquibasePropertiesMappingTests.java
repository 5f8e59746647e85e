package dev.prism.lifecycle;

import java.beans.PropertyDescriptor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import javax.sql.DataSource;

import dev.prism.test.TestDatabases;
import liquibase.Liquibase;
import liquibase.integration.commandline.LiquibaseCommandLineConfiguration;
import liquibase.integration.spring.Customizer;
import liquibase.integration.spring.SpringLiquibase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.BeanUtils;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.util.ReflectionUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks that {@link PrismDatabaseAutoConfiguration} maps {@code spring.liquibase.*} onto
 * its {@link PrismLiquibase} as Spring Boot's {@link LiquibaseAutoConfiguration} maps it
 * onto its {@link SpringLiquibase}: both beans are built from the same properties and
 * every field of {@link SpringLiquibase} compared, getter or not. Every property of
 * {@link LiquibaseProperties} must have a non-default value here, so that a Spring Boot
 * upgrade that adds one fails this test until the mapping and the test cover it.
 */
class LiquibasePropertiesMappingTests {

	/**
	 * Properties that decide whether there is a Liquibase bean at all, not how it is
	 * configured.
	 */
	private static final Set<String> CONDITIONS = Set.of("enabled");

	/**
	 * Fields of {@link SpringLiquibase} that the container, not the properties, sets.
	 */
	private static final Set<String> CONTAINER_FIELDS = Set.of("log", "beanName", "resourceLoader");

	@TempDir
	Path directory;

	private final TestDatabases.Database database = TestDatabases.sqlite();

	private final Map<SpringLiquibase, Object> dataSources = new LinkedHashMap<>();

	@BeforeEach
	void doNotMigrate() {
		System.setProperty(LiquibaseCommandLineConfiguration.SHOULD_RUN.getKey(), "false");
	}

	@AfterEach
	void clearShouldRun() {
		System.clearProperty(LiquibaseCommandLineConfiguration.SHOULD_RUN.getKey());
	}

	@Test
	void everyLiquibasePropertyHasANonDefaultValueHere() {
		Set<String> properties = new TreeSet<>();
		for (PropertyDescriptor descriptor : BeanUtils.getPropertyDescriptors(LiquibaseProperties.class)) {
			if (descriptor.getWriteMethod() != null) {
				properties.add(descriptor.getName());
			}
		}
		Set<String> covered = new TreeSet<>(CONDITIONS);
		nonDefaultValues().keySet().forEach((name) -> covered.add(name.split("\\.")[0]));
		assertThat(covered).as("LiquibaseProperties' properties").isEqualTo(properties);
	}

	@Test
	void mapsEveryPropertyLikeSpringBoot() {
		List<String> properties = new ArrayList<>();
		nonDefaultValues().forEach((name, value) -> properties.add("spring.liquibase." + kebab(name) + "=" + value));
		assertThat(fields(prism(properties))).isEqualTo(fields(boot(properties)));
	}

	@Test
	void mapsTheDefaultsLikeSpringBootButForAnalytics() {
		assertMappedLikeSpringBootButForAnalytics(List.of());
	}

	@Test
	void mapsAUrlWithoutCredentialsLikeSpringBoot() {
		assertMappedLikeSpringBootButForAnalytics(
				List.of("spring.liquibase.url=jdbc:sqlite:" + this.directory.resolve("other.db")));
	}

	@Test
	void mapsCredentialsWithoutAUrlLikeSpringBoot() {
		assertMappedLikeSpringBootButForAnalytics(
				List.of("spring.liquibase.user=migrator", "spring.liquibase.password=secret"));
	}

	/**
	 * Assert that the properties map like Spring Boot's, but for Prism's one documented
	 * difference: Liquibase's usage analytics are off unless a property turns them on.
	 */
	private void assertMappedLikeSpringBootButForAnalytics(List<String> properties) {
		Map<String, Object> boot = fields(boot(properties));
		Map<String, Object> prism = fields(prism(properties));
		assertThat(boot.remove("analyticsEnabled")).isNull();
		assertThat(prism.remove("analyticsEnabled")).isEqualTo(false);
		assertThat(prism).isEqualTo(boot);
	}

	/**
	 * Return a value other than the default for every mapped {@link LiquibaseProperties}
	 * property, by property name.
	 */
	private Map<String, String> nonDefaultValues() {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("changeLog", "classpath:db/lifecycle/changelog.yaml");
		values.put("clearChecksums", "true");
		values.put("contexts", "dev,test");
		values.put("defaultSchema", "app");
		values.put("liquibaseSchema", "migrations");
		values.put("liquibaseTablespace", "migration_space");
		values.put("databaseChangeLogTable", "app_changelog");
		values.put("databaseChangeLogLockTable", "app_changelog_lock");
		values.put("dropFirst", "true");
		values.put("user", "migrator");
		values.put("password", "secret");
		values.put("driverClassName", "org.sqlite.JDBC");
		values.put("url", "jdbc:sqlite:" + this.directory.resolve("migrations.db"));
		values.put("labelFilter", "a,b");
		values.put("parameters.greeting", "hello");
		values.put("rollbackFile", this.directory.resolve("rollback.sql").toString());
		values.put("testRollbackOnUpdate", "true");
		values.put("tag", "v1");
		values.put("showSummary", "verbose");
		values.put("showSummaryOutput", "console");
		values.put("uiService", "console");
		values.put("analyticsEnabled", "true");
		values.put("licenseKey", "license");
		return values;
	}

	private SpringLiquibase boot(List<String> properties) {
		return liquibase(AutoConfigurations.of(DataSourceAutoConfiguration.class, LiquibaseAutoConfiguration.class),
				properties, SpringLiquibase.class);
	}

	private SpringLiquibase prism(List<String> properties) {
		return liquibase(AutoConfigurations.of(DataSourceAutoConfiguration.class, LiquibaseAutoConfiguration.class,
				PrismDatabaseAutoConfiguration.class), properties, PrismLiquibase.class);
	}

	private SpringLiquibase liquibase(AutoConfigurations configurations, List<String> properties,
			Class<? extends SpringLiquibase> type) {
		SpringLiquibase[] liquibase = new SpringLiquibase[1];
		Object[] dataSource = new Object[1];
		new ApplicationContextRunner().withConfiguration(configurations)
			.withUserConfiguration(CustomizerConfiguration.class)
			.withPropertyValues(this.database.properties())
			.withPropertyValues("spring.liquibase.change-log=classpath:db/lifecycle/changelog.yaml")
			.withPropertyValues(properties.toArray(String[]::new))
			.run((context) -> {
				assertThat(context).hasNotFailed().hasSingleBean(SpringLiquibase.class);
				liquibase[0] = context.getBean(SpringLiquibase.class);
				dataSource[0] = describe(context, liquibase[0].getDataSource());
			});
		assertThat(liquibase[0]).isInstanceOf(type);
		this.dataSources.put(liquibase[0], dataSource[0]);
		return liquibase[0];
	}

	private static Object describe(ApplicationContext context, DataSource dataSource) {
		if (dataSource == context.getBean(DataSource.class)) {
			return "the application's DataSource";
		}
		if (dataSource instanceof SimpleDriverDataSource simple) {
			return Arrays.asList(simple.getUrl(), simple.getUsername(), simple.getPassword(),
					(simple.getDriver() != null) ? simple.getDriver().getClass().getName() : null);
		}
		return dataSource;
	}

	/**
	 * Return every field that {@link SpringLiquibase} declares, by name, the data source
	 * described by its settings and the customizer by its type.
	 */
	private Map<String, Object> fields(SpringLiquibase liquibase) {
		Map<String, Object> fields = new LinkedHashMap<>();
		for (Field field : SpringLiquibase.class.getDeclaredFields()) {
			if (Modifier.isStatic(field.getModifiers()) || CONTAINER_FIELDS.contains(field.getName())) {
				continue;
			}
			ReflectionUtils.makeAccessible(field);
			Object value = ReflectionUtils.getField(field, liquibase);
			if (field.getName().equals("dataSource")) {
				value = this.dataSources.get(liquibase);
			}
			else if (value instanceof Customizer<?> customizer) {
				value = customizer.getClass();
			}
			fields.put(field.getName(), value);
		}
		return fields;
	}

	private static String kebab(String name) {
		return Stream.of(name.split("(?=[A-Z])"))
			.map((part) -> part.toLowerCase(Locale.ROOT))
			.reduce((a, b) -> a + "-" + b)
			.orElseThrow();
	}

	@Configuration(proxyBeanMethods = false)
	static class CustomizerConfiguration {

		@Bean
		Customizer<Liquibase> liquibaseCustomizer() {
			return new TestCustomizer();
		}

	}

	static class TestCustomizer implements Customizer<Liquibase> {

		@Override
		public void customize(Liquibase liquibase) {
		}

	}

}
