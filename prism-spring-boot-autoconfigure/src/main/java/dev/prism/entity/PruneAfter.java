package dev.prism.entity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How long the soft-deleted rows of a {@link SoftDeletable} entity are kept before
 * pruning removes them for good, overriding {@code prism.prune.retention}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PruneAfter {

	/**
	 * The retention period as an ISO-8601 duration, such as {@code P30D}.
	 * @return the retention period
	 */
	String value();

}
