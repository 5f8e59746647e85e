package dev.prism.sample;

import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.AuditorAware;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who is acting: the {@code X-User} request header, which Prism writes to the
 * {@code @DeletedBy} column of a soft-deleted customer. A real application would read its
 * security context instead.
 */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

	/**
	 * The request header that names the user.
	 */
	static final String USER_HEADER = "X-User";

	@Bean
	AuditorAware<String> auditorAware() {
		return () -> Optional.ofNullable(RequestContextHolder.getRequestAttributes())
			.filter(ServletRequestAttributes.class::isInstance)
			.map((attributes) -> ((ServletRequestAttributes) attributes).getRequest().getHeader(USER_HEADER));
	}

}
