package dev.prism.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import dev.prism.entity.PrismEntity;
import liquibase.util.LiquibaseUtil;

import org.springframework.boot.SpringBootVersion;
import org.springframework.core.SpringVersion;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The machine, JVM and library versions a run measured on.
 *
 * @param machine machine facts by name
 * @param libraries library versions by name
 */
record Environment(Map<String, String> machine, Map<String, String> libraries) {

	static Environment capture() {
		Map<String, String> machine = new LinkedHashMap<>();
		machine.put("CPU", cpuModel());
		machine.put("Cores available to the JVM", String.valueOf(Runtime.getRuntime().availableProcessors()));
		machine.put("Memory", memory());
		machine.put("OS", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
				+ System.getProperty("os.arch"));
		machine.put("Load average at start (1/5/15 min)", loadAverage());
		machine.put("JVM", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
		Map<String, String> libraries = new LinkedHashMap<>();
		libraries.put("Prism", version(PrismEntity.class));
		libraries.put("Spring Boot", SpringBootVersion.getVersion());
		libraries.put("Spring Framework", SpringVersion.getVersion());
		libraries.put("Spring Data JPA", version(JpaRepository.class));
		libraries.put("Hibernate ORM", org.hibernate.Version.getVersionString());
		libraries.put("Liquibase", LiquibaseUtil.getBuildVersion());
		libraries.put("HikariCP", mavenVersion(HikariDataSource.class, "com.zaxxer", "HikariCP"));
		libraries.put("JMH", mavenVersion(org.openjdk.jmh.runner.Runner.class, "org.openjdk.jmh", "jmh-core"));
		return new Environment(machine, libraries);
	}

	/**
	 * Describe the database and driver behind a data source.
	 */
	static String describe(DataSource dataSource) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			DatabaseMetaData metaData = connection.getMetaData();
			return metaData.getDatabaseProductName() + " " + metaData.getDatabaseProductVersion() + ", driver "
					+ metaData.getDriverName() + " " + metaData.getDriverVersion();
		}
	}

	static String loadAverage() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
			return fields[0] + " / " + fields[1] + " / " + fields[2];
		}
		catch (IOException | RuntimeException ex) {
			return "unknown";
		}
	}

	private static String cpuModel() {
		try {
			return Files.readAllLines(Path.of("/proc/cpuinfo"))
				.stream()
				.filter((line) -> line.startsWith("model name"))
				.map((line) -> line.substring(line.indexOf(':') + 1).trim())
				.findFirst()
				.orElse("unknown");
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	private static String memory() {
		if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
			return "%.1f GiB physical, JVM max heap %.1f GiB".formatted(os.getTotalMemorySize() / 1073741824.0,
					Runtime.getRuntime().maxMemory() / 1073741824.0);
		}
		return "unknown";
	}

	private static String mavenVersion(Class<?> type, String groupId, String artifactId) {
		String resource = "/META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties";
		try (InputStream input = type.getResourceAsStream(resource)) {
			if (input == null) {
				return version(type);
			}
			Properties properties = new Properties();
			properties.load(input);
			return properties.getProperty("version", "unknown");
		}
		catch (IOException ex) {
			return version(type);
		}
	}

	private static String version(Class<?> type) {
		String version = type.getPackage().getImplementationVersion();
		return (version != null) ? version : "unknown";
	}

}
