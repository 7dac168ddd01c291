package org.parindex.platform.web;

import java.math.BigDecimal;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.format.support.FormatterPropertyEditorAdapter;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * How pages read typed values: every {@link BigDecimal} of a form or request parameter
 * through the one {@link DecimalFormatter}. It is registered twice on purpose: with the
 * conversion service (for printing), and as every binder's editor for {@link BigDecimal},
 * because a binder falls back to Spring's default number editor when the conversion
 * service refuses a value, and that editor reads {@code 1e309}.
 */
@Configuration(proxyBeanMethods = false)
class FormattingConfiguration implements WebMvcConfigurer {

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addFormatterForFieldType(BigDecimal.class, new DecimalFormatter());
	}

	/** The {@link DecimalFormatter} as the editor of every binder, with no fallback. */
	@ControllerAdvice
	static class DecimalBinding {

		@InitBinder
		void decimals(WebDataBinder binder) {
			binder.registerCustomEditor(BigDecimal.class, new FormatterPropertyEditorAdapter(new DecimalFormatter()));
		}

	}

}
