package org.parindex.platform.web;

import org.parindex.platform.UploadLimits;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The hard bounds of one form post for every page ({@code uploadLimits}), so that forms
 * that upload files name them to the script that checks sizes before sending. Read from
 * the settings here rather than injected, so that controller slices need no more beans.
 */
@ControllerAdvice(annotations = Controller.class)
class UploadLimitsAdvice {

	private final UploadLimits limits;

	UploadLimitsAdvice(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize file,
			@Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize request) {
		this.limits = new UploadLimits(file, request);
	}

	@ModelAttribute
	void uploadLimits(Model model) {
		model.addAttribute("uploadLimits", this.limits);
	}

}
