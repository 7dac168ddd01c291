package org.parindex.survey.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.MethodologyService;
import org.parindex.platform.NotFoundException;
import org.parindex.survey.SurveyExportService;
import org.parindex.survey.SurveyExportService.Format;
import org.parindex.survey.SurveyFormService;
import org.parindex.survey.SurveyFormView;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The survey's exports of a year ({@code /admin/survey/sets/{setId}/exports}, issue 10
 * item 8): the page listing them, and the files, written straight to the response as they
 * are read ({@link SurveyExportService}): every response of a form
 * ({@code forms/{formId}/responses.csv} or {@code .xlsx}) and the set's aggregates
 * ({@code aggregates.csv} or {@code .xlsx}).
 */
@Controller
@RequestMapping("/admin/survey/sets/{setId}/exports")
@PreAuthorize("hasAnyRole('SURVEY_STAFF', 'PAR_OFFICE')")
class SurveyExportController {

	private final SurveyExportService exports;

	private final SurveyFormService forms;

	private final MethodologyService methodology;

	SurveyExportController(SurveyExportService exports, SurveyFormService forms, MethodologyService methodology) {
		this.exports = exports;
		this.forms = forms;
		this.methodology = methodology;
	}

	@GetMapping
	String page(@PathVariable long setId, Model model) {
		model.addAttribute("set", set(setId));
		model.addAttribute("forms", this.forms.forms(setId));
		return "survey/monitoring-exports";
	}

	@GetMapping("/forms/{formId}/responses.{extension:csv|xlsx}")
	void responses(@PathVariable long setId, @PathVariable long formId, @PathVariable String extension, Locale locale,
			HttpServletResponse response) throws IOException {
		IndexSetView set = set(setId);
		SurveyFormView form = this.exports.form(formId);
		if (form.indexSetId() != setId) {
			throw new NotFoundException("survey.form.unknown", formId);
		}
		Format format = Format.valueOf(extension.toUpperCase(Locale.ROOT));
		start(response, format,
				"phieu-tra-loi-" + set.year() + "-" + form.code().replaceAll("[^A-Za-z0-9-]", "") + "." + extension);
		this.exports.responses(formId, format, locale, response.getOutputStream());
	}

	@GetMapping("/aggregates.{extension:csv|xlsx}")
	void aggregates(@PathVariable long setId, @PathVariable String extension, Locale locale,
			HttpServletResponse response) throws IOException {
		IndexSetView set = set(setId);
		Format format = Format.valueOf(extension.toUpperCase(Locale.ROOT));
		start(response, format, "tong-hop-dieu-tra-" + set.year() + "-bo-" + set.id() + "." + extension);
		this.exports.aggregates(setId, format, locale, response.getOutputStream());
	}

	private static void start(HttpServletResponse response, Format format, String filename) {
		response.setContentType(format.mediaType());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(filename).build().toString());
	}

	private IndexSetView set(long setId) {
		return this.methodology.find(setId)
			.orElseThrow(() -> new NotFoundException("methodology.index-set.unknown", setId));
	}

}
