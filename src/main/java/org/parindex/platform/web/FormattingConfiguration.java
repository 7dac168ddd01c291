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
 * service refuses a value, and that editor reads {@code 1e309}. Likewise every
 * {@link Integer} and {@link Long} through the {@link WholeNumberFormatter} (Vietnamese
 * grouping {@code 1.000} read as one thousand; {@code 2,5} refused, not read as 25).
 */
@Configuration(proxyBeanMethods = false)
class FormattingConfiguration implements WebMvcConfigurer {

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addFormatterForFieldType(BigDecimal.class, new DecimalFormatter());
		registry.addFormatterForFieldType(Integer.class, WholeNumberFormatter.integers());
		registry.addFormatterForFieldType(Long.class, WholeNumberFormatter.longs());
	}

	/** The {@link DecimalFormatter} as the editor of every binder, with no fallback. */
	@ControllerAdvice
	static class DecimalBinding {

		@InitBinder
		void decimals(WebDataBinder binder) {
			binder.registerCustomEditor(BigDecimal.class, new FormatterPropertyEditorAdapter(new DecimalFormatter()));
			binder.registerCustomEditor(Integer.class,
					new FormatterPropertyEditorAdapter(WholeNumberFormatter.integers()));
			binder.registerCustomEditor(Long.class, new FormatterPropertyEditorAdapter(WholeNumberFormatter.longs()));
		}

	}

}
