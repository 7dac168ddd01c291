package org.parindex.demo.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells the pages that the demo is on ({@code demoEnabled}), so the PAR office's home
 * page links to the demo's stage move. Absent when the demo is off.
 */
@ControllerAdvice
@ConditionalOnBooleanProperty("parindex.demo.enabled")
class DemoLinks {

	@ModelAttribute("demoEnabled")
	boolean demoEnabled() {
		return true;
	}

}
