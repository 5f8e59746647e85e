package dev.prism.entity;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The attributes of an entity class that Prism's soft deletes, restores and bulk updates
 * stamp besides {@code deleted_at} and {@code updated_at}: the {@link DeletedBy @DeletedBy}
 * field, and Spring Data's {@code @LastModifiedBy}/{@code @LastModifiedDate} fields, which
 * entity listeners never see for bulk statements. Annotations are read from fields.
 *
 * @param deletedBy the name of the {@code @DeletedBy} attribute, or {@code null}
 * @param lastModifiedBy the name of the {@code @LastModifiedBy} attribute, or {@code null}
 * @param lastModifiedDate the {@code @LastModifiedDate} field, or {@code null}
 */
public record AuditedAttributes(String deletedBy, String lastModifiedBy, Field lastModifiedDate) {

	private static final String LAST_MODIFIED_BY = "org.springframework.data.annotation.LastModifiedBy";

	private static final String LAST_MODIFIED_DATE = "org.springframework.data.annotation.LastModifiedDate";

	private static final Map<Class<?>, AuditedAttributes> cache = new ConcurrentHashMap<>();

	/**
	 * Return the audited attributes of an entity class and its superclasses.
	 * @param type the entity class
	 * @return its audited attributes
	 */
	public static AuditedAttributes of(Class<?> type) {
		return cache.computeIfAbsent(type, AuditedAttributes::find);
	}

	private static AuditedAttributes find(Class<?> type) {
		String deletedBy = null;
		String lastModifiedBy = null;
		Field lastModifiedDate = null;
		for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
			for (Field field : current.getDeclaredFields()) {
				if (field.isAnnotationPresent(DeletedBy.class)) {
					deletedBy = field.getName();
				}
				if (isAnnotated(field, LAST_MODIFIED_BY)) {
					lastModifiedBy = field.getName();
				}
				if (isAnnotated(field, LAST_MODIFIED_DATE)) {
					lastModifiedDate = field;
				}
			}
		}
		return new AuditedAttributes(deletedBy, lastModifiedBy, lastModifiedDate);
	}

	private static boolean isAnnotated(Field field, String annotation) {
		for (var present : field.getAnnotations()) {
			if (present.annotationType().getName().equals(annotation)) {
				return true;
			}
		}
		return false;
	}

}
