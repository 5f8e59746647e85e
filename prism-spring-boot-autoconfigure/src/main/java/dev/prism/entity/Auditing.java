package dev.prism.entity;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Where soft deletes, restores and bulk updates read who is acting: the application's
 * {@code AuditorAware} for {@link DeletedBy @DeletedBy}, and whether Spring Data JPA
 * auditing is on, in which case they also stamp {@code @LastModifiedBy} and
 * {@code @LastModifiedDate} (see {@link AuditedAttributes}). The auto-configuration hands
 * the instance to Hibernate as the setting {@value #SETTING}.
 */
public final class Auditing {

	/**
	 * Name of the Hibernate setting that holds the instance.
	 */
	public static final String SETTING = "dev.prism.entity.Auditing";

	private static final Auditing NONE = new Auditing(() -> null, () -> false);

	private final Supplier<Object> auditor;

	private final BooleanSupplier lastModified;

	private volatile Boolean stampsLastModified;

	/**
	 * Create an instance.
	 * @param auditor the current auditor, or {@code null} when there is none
	 * @param lastModified whether Spring Data JPA auditing is on
	 */
	public Auditing(Supplier<Object> auditor, BooleanSupplier lastModified) {
		this.auditor = auditor;
		this.lastModified = lastModified;
	}

	/**
	 * Return the instance held by the given Hibernate settings.
	 * @param settings the session factory's settings
	 * @return the instance, or one with no auditor when the settings hold none
	 */
	public static Auditing of(Map<String, Object> settings) {
		return (settings.get(SETTING) instanceof Auditing auditing) ? auditing : NONE;
	}

	/**
	 * Return the current auditor.
	 * @return the auditor, or {@code null}
	 */
	public Object currentAuditor() {
		return this.auditor.get();
	}

	/**
	 * Return whether {@code @LastModifiedBy} and {@code @LastModifiedDate} are stamped,
	 * asked once: whether auditing is on does not change while the application runs.
	 * @return whether Spring Data JPA auditing is on
	 */
	public boolean stampsLastModified() {
		Boolean stamps = this.stampsLastModified;
		if (stamps == null) {
			stamps = this.lastModified.getAsBoolean();
			this.stampsLastModified = stamps;
		}
		return stamps;
	}

	/**
	 * Convert an instant to the type of a {@code @LastModifiedDate} field, local date-times
	 * in the system time zone as Spring Data's own auditing does.
	 * @param field the field
	 * @param now the instant
	 * @return the value to store
	 */
	public static Object dateValue(Field field, Instant now) {
		Class<?> type = field.getType();
		if (type == LocalDateTime.class) {
			return LocalDateTime.ofInstant(now, ZoneId.systemDefault());
		}
		if (type == OffsetDateTime.class) {
			return OffsetDateTime.ofInstant(now, ZoneId.systemDefault());
		}
		if (type == ZonedDateTime.class) {
			return ZonedDateTime.ofInstant(now, ZoneId.systemDefault());
		}
		if (type == Date.class) {
			return Date.from(now);
		}
		if (type == long.class || type == Long.class) {
			return now.toEpochMilli();
		}
		return now;
	}

}
