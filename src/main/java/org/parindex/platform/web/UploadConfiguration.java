package org.parindex.platform.web;

import org.parindex.platform.UploadLimits;

import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Form posts over the container's size limits get our answer, in the user's language and
 * with our headers ({@link FormSizeLimitFilter}, added to every security filter chain
 * before the CSRF filter), and the browser gets to read it: Tomcat reads and discards the
 * rest of a refused upload, up to {@code server.tomcat.max-swallow-size}, instead of
 * closing the connection while the browser is still sending (which browsers show as
 * "connection reset" instead of the answer).
 */
@Configuration(proxyBeanMethods = false)
class UploadConfiguration {

	@Bean
	Customizer<HttpSecurity> formSizeLimits(LocaleResolver localeResolver, MessageSource messageSource,
			UploadLimits limits) {
		return (http) -> http.addFilterBefore(new FormSizeLimitFilter(localeResolver, messageSource, limits),
				CsrfFilter.class);
	}

	@Bean
	TomcatContextCustomizer swallowAbortedUploads() {
		return (context) -> context.setSwallowAbortedUploads(true);
	}

}
