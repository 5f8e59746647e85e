package dev.prism.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Customers and orders over a REST API, showing Prism's soft delete, restore, hard delete,
 * timestamps and bulk operations on SQLite (the default) or PostgreSQL.
 */
@SpringBootApplication
public class PrismSampleApplication {

	public static void main(String[] args) {
		SpringApplication.run(PrismSampleApplication.class, args);
	}

}
