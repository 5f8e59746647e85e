package dev.prism.postgresql;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration properties for PostgreSQL.
 */
@ConfigurationProperties("prism.postgresql")
public class PrismPostgresProperties {

	/**
	 * Whether Hibernate writes a query's row limit into the SQL as a literal (Prism's
	 * PostgreSQL dialect), so that PostgreSQL keeps a generic plan for limited queries
	 * instead of planning them on every execution. Applies only when no dialect is named
	 * (spring.jpa.database-platform, spring.jpa.database or hibernate.dialect).
	 */
	private boolean literalRowLimit = true;

	public boolean isLiteralRowLimit() {
		return this.literalRowLimit;
	}

	public void setLiteralRowLimit(boolean literalRowLimit) {
		this.literalRowLimit = literalRowLimit;
	}

}
