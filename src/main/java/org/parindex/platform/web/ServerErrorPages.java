package org.parindex.platform.web;

import java.util.EnumSet;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Errors answered outside the pages' own handlers are ours too, in the user's language
 * and with {@link SecurityHeaders}:
 * <ul>
 * <li>requests that Tomcat refuses before any application code runs (a malformed escape
 * such as {@code /%}, a {@code %00}, a path above the root such as
 * {@code /webjars/../../x}, an illegal character, a header too large) get the page of
 * {@link LocalizedErrorReportValve}, which replaces Tomcat's English report;</li>
 * <li>requests refused by Spring Security's firewall (e.g. {@code ;} in a path) and
 * errors the server dispatches to {@code /error} never pass the security chain's header
 * writer (it skips error dispatches), so a filter in front of everything sets the
 * protections on every request and error dispatch; the page itself is the usual error
 * page.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class ServerErrorPages {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> localizedErrorReport(MessageSource messages) {
		return new WebServerFactoryCustomizer<>() {

			@Override
			public void customize(TomcatServletWebServerFactory factory) {
				factory.addContextCustomizers((context) -> {
					if (context.getParent() instanceof StandardHost host) {
						// No other report valve: Tomcat adds its own at start unless told
						// none.
						host.setErrorReportValveClass("");
						for (Valve valve : host.getPipeline().getValves()) {
							if (valve instanceof ErrorReportValve) {
								host.getPipeline().removeValve(valve);
							}
						}
						host.getPipeline().addValve(new LocalizedErrorReportValve(messages));
					}
				});
			}

		};
	}

	@Bean
	FilterRegistrationBean<Filter> securityHeadersOnErrors() {
		Filter filter = (request, response, chain) -> {
			if (response instanceof HttpServletResponse http) {
				SecurityHeaders.addMissing(http);
			}
			chain.doFilter(request, response);
		};
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
		registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setName("securityHeadersOnErrors");
		return registration;
	}

}
