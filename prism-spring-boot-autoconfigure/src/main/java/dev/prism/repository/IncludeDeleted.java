package dev.prism.repository;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a repository query method, or every method declared in a repository interface, as
 * seeing soft-deleted rows too.
 *
 * <pre class="code">
 * &#64;IncludeDeleted
 * Optional&lt;Customer&gt; findByEmail(String email);
 * </pre>
 *
 * @see SoftDeleteScope
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface IncludeDeleted {

}
