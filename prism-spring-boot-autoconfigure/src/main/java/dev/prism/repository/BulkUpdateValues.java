package dev.prism.repository;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.metamodel.Attribute.PersistentAttributeType;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.SingularAttribute;

import org.springframework.util.ClassUtils;

/**
 * Checks the attribute names and values of a bulk update against the JPA metamodel, so that
 * a bad name is a clear error before any SQL is built.
 */
final class BulkUpdateValues {

	private final EntityType<?> entityType;

	private final Map<String, SingularAttribute<?, ?>> updatable = new LinkedHashMap<>();

	BulkUpdateValues(EntityType<?> entityType, Set<String> managedAttributes) {
		this.entityType = entityType;
		for (SingularAttribute<?, ?> attribute : entityType.getSingularAttributes()) {
			if (attribute.getPersistentAttributeType() == PersistentAttributeType.BASIC && !attribute.isId()
					&& !attribute.isVersion() && !managedAttributes.contains(attribute.getName())) {
				this.updatable.put(attribute.getName(), attribute);
			}
		}
	}

	/**
	 * Return the values keyed by the metamodel's own attribute names.
	 * @param values the requested values by attribute name
	 * @return the checked values
	 * @throws IllegalArgumentException when a name is not an updatable attribute or a value
	 * does not fit its attribute's type
	 */
	Map<String, Object> check(Map<String, ?> values) {
		Map<String, Object> checked = new LinkedHashMap<>();
		values.forEach((name, value) -> {
			SingularAttribute<?, ?> attribute = this.updatable.get(name);
			if (attribute == null) {
				throw new IllegalArgumentException("Cannot bulk update '%s' of %s: updatable attributes are %s"
					.formatted(name, this.entityType.getName(), new TreeSet<>(this.updatable.keySet())));
			}
			Class<?> type = attribute.getJavaType();
			boolean fits = (value != null) ? ClassUtils.isAssignableValue(type, value) : !type.isPrimitive();
			if (!fits) {
				throw new IllegalArgumentException("Cannot bulk update '%s' of %s: %s does not fit type %s".formatted(
						name, this.entityType.getName(), (value != null) ? value.getClass().getName() : "null",
						type.getName()));
			}
			checked.put(attribute.getName(), value);
		});
		return checked;
	}

}
