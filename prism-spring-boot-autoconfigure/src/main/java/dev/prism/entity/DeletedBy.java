package dev.prism.entity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the attribute of a {@link SoftDeletable} entity that records who soft deleted it:
 * every soft delete sets it from the application's {@code AuditorAware} bean (Spring
 * Data's, as used by {@code @LastModifiedBy}), every restore clears it. Like
 * {@code deleted_at}, saving the entity never changes it. The attribute's type must match
 * what the {@code AuditorAware} returns.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface DeletedBy {

}
