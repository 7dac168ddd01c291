package org.parindex.platform.web;

import org.parindex.platform.UploadLimits;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The hard bounds of one form post for every page ({@code uploadLimits}), so that forms
 * that upload files name them to the script that checks sizes before sending.
 */
@ControllerAdvice(annotations = Controller.class)
class UploadLimitsAdvice {

	private final UploadLimits limits;

	UploadLimitsAdvice(UploadLimits limits) {
		this.limits = limits;
	}

	@ModelAttribute
	void uploadLimits(Model model) {
		model.addAttribute("uploadLimits", this.limits);
	}

}
