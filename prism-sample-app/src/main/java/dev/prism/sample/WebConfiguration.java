package dev.prism.sample;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/**
 * Caps request bodies at {@code sample.max-request-size}.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

	@Bean
	FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(
			@Value("${sample.max-request-size:1MB}") DataSize maxRequestSize) {
		FilterRegistrationBean<RequestSizeLimitFilter> registration = new FilterRegistrationBean<>(
				new RequestSizeLimitFilter(maxRequestSize));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
