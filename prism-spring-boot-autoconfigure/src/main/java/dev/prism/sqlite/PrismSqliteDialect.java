package dev.prism.sqlite;

import java.sql.Types;

import org.hibernate.community.dialect.SQLiteDialect;
import org.hibernate.dialect.DmlTargetColumnQualifierSupport;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.sql.ast.SqlAstTranslator;
import org.hibernate.sql.ast.SqlAstTranslatorFactory;
import org.hibernate.sql.ast.spi.StandardSqlAstTranslatorFactory;
import org.hibernate.sql.exec.spi.JdbcOperation;
import org.hibernate.boot.model.TypeContributions;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.spi.SQLExceptionConversionDelegate;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.sql.internal.DdlTypeImpl;
import org.hibernate.type.descriptor.jdbc.VarcharUUIDJdbcType;

/**
 * Hibernate's community {@link SQLiteDialect}, with schema validation that follows SQLite's
 * type affinity: all numeric types share one affinity (so a {@code Long} id in an
 * {@code INTEGER PRIMARY KEY} column or a {@code BigDecimal} in a {@code DECIMAL} column
 * validates), and SQLite has no date
 * storage class, so a timestamp column declared as {@code TEXT} (as Liquibase creates it)
 * validates too. UUIDs are stored as text, matching Liquibase's {@code UUID} columns on
 * SQLite, and UTC timestamps as sortable text with microseconds
 * ({@link SqliteTimestampJdbcType}).
 */
public class PrismSqliteDialect extends SQLiteDialect {

	private static final int SQLITE_CONSTRAINT = 19;

	private static final int MAX_VARIABLE_NUMBER = 32_766;

	private static final int PRIMARY_RESULT_CODE_MASK = 0xFF;

	public PrismSqliteDialect() {
	}

	public PrismSqliteDialect(DialectResolutionInfo info) {
		super(info);
	}

	@Override
	public void contributeTypes(TypeContributions typeContributions, ServiceRegistry serviceRegistry) {
		super.contributeTypes(typeContributions, serviceRegistry);
		typeContributions.getTypeConfiguration()
			.getJdbcTypeRegistry()
			.addDescriptor(SqlTypes.UUID, VarcharUUIDJdbcType.INSTANCE);
		typeContributions.getTypeConfiguration()
			.getJdbcTypeRegistry()
			.addDescriptor(SqlTypes.TIMESTAMP_UTC, SqliteTimestampJdbcType.INSTANCE);
	}

	@Override
	protected void registerColumnTypes(TypeContributions typeContributions, ServiceRegistry serviceRegistry) {
		super.registerColumnTypes(typeContributions, serviceRegistry);
		typeContributions.getTypeConfiguration()
			.getDdlTypeRegistry()
			.addDescriptor(new DdlTypeImpl(SqlTypes.UUID, "text", this));
	}

	/**
	 * Translate SQLite constraint failures (primary result code {@code SQLITE_CONSTRAINT},
	 * with any extended code such as {@code SQLITE_CONSTRAINT_FOREIGNKEY}) into
	 * {@link ConstraintViolationException}, so that Spring reports them as
	 * {@code DataIntegrityViolationException} as it does on PostgreSQL.
	 */
	@Override
	public SQLExceptionConversionDelegate buildSQLExceptionConversionDelegate() {
		SQLExceptionConversionDelegate delegate = super.buildSQLExceptionConversionDelegate();
		return (exception, message, sql) -> {
			if ((exception.getErrorCode() & PRIMARY_RESULT_CODE_MASK) == SQLITE_CONSTRAINT) {
				return new ConstraintViolationException(message, exception, sql, (String) null);
			}
			return (delegate != null) ? delegate.convert(exception, message, sql) : null;
		};
	}

	/**
	 * SQLite binds up to 32,766 parameters per statement since 3.32 (the community dialect
	 * assumes its old limit of 999 via its in-list limit), so bulk operations can chunk by
	 * {@code prism.repository.batch-size} alone.
	 */
	@Override
	public int getParameterCountLimit() {
		return MAX_VARIABLE_NUMBER;
	}

	/**
	 * Qualify columns of a DML target with its alias, which {@link SqliteDmlAliasTranslator}
	 * renders.
	 */
	@Override
	public DmlTargetColumnQualifierSupport getDmlTargetColumnQualifierSupport() {
		return DmlTargetColumnQualifierSupport.TABLE_ALIAS;
	}

	@Override
	public SqlAstTranslatorFactory getSqlAstTranslatorFactory() {
		return new StandardSqlAstTranslatorFactory() {

			@Override
			protected <T extends JdbcOperation> SqlAstTranslator<T> buildTranslator(
					SessionFactoryImplementor sessionFactory, org.hibernate.sql.ast.tree.Statement statement) {
				return new SqliteDmlAliasTranslator<>(sessionFactory, statement);
			}

		};
	}

	@Override
	public boolean equivalentTypes(int typeCode1, int typeCode2) {
		return super.equivalentTypes(typeCode1, typeCode2) || (isNumeric(typeCode1) && isNumeric(typeCode2))
				|| (isTemporal(typeCode1) && isText(typeCode2)) || (isText(typeCode1) && isTemporal(typeCode2));
	}

	private static boolean isTemporal(int typeCode) {
		return SqlTypes.isTemporalType(typeCode) || typeCode == SqlTypes.UUID;
	}

	private static boolean isText(int typeCode) {
		return typeCode == Types.VARCHAR || typeCode == Types.LONGVARCHAR || typeCode == Types.CLOB;
	}

	private static boolean isNumeric(int typeCode) {
		return SqlTypes.isNumericType(typeCode);
	}

}
