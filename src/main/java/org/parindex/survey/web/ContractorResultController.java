package org.parindex.survey.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.parindex.assessment.WorkflowException;
import org.parindex.engine.Component;
import org.parindex.engine.Leaf;
import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.MethodologyService;
import org.parindex.organization.OrganizationService;
import org.parindex.organization.UnitView;
import org.parindex.platform.FileNames;
import org.parindex.platform.ImportSettings;
import org.parindex.platform.NotFoundException;
import org.parindex.platform.TableRow;
import org.parindex.platform.TabularFileException;
import org.parindex.platform.TabularFiles;
import org.parindex.survey.ContractorImportException;
import org.parindex.survey.ContractorImportView;
import org.parindex.survey.ContractorLeafResult;
import org.parindex.survey.ContractorResults;
import org.parindex.survey.SurveyFormService;
import org.parindex.survey.SurveyLeafScore;
import org.parindex.survey.SurveyPointsService;
import org.parindex.platform.Formats;
import org.parindex.survey.OwnLeafAnswers;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A contractor's aggregated results for an index set (issue 10, item 5): the templates to
 * download, the upload of a filled table (CSV or XLSX, within the import limits), refused
 * with every problem by row and column and nothing stored, and the imported tables per
 * unit and survey leaf, marked as the contractor's, beside the survey's own answers.
 */
@Controller
@RequestMapping("/admin/survey/sets/{setId}/contractor")
@PreAuthorize("hasAnyRole('SURVEY_STAFF', 'PAR_OFFICE')")
class ContractorResultController {

	private final ContractorResults results;

	private final MethodologyService methodology;

	private final OrganizationService organization;

	private final ImportSettings imports;

	private final MessageSource messages;

	private final int maxRows;

	private final SurveyFormService forms;

	private final SurveyPointsService points;

	private final Formats formats;

	ContractorResultController(ContractorResults results, MethodologyService methodology,
			OrganizationService organization, ImportSettings imports, MessageSource messages,
			@Value("${parindex.survey.contractor.max-rows:50000}") int maxRows, SurveyFormService forms,
			SurveyPointsService points, Formats formats) {
		this.forms = forms;
		this.points = points;
		this.formats = formats;
		this.results = results;
		this.methodology = methodology;
		this.organization = organization;
		this.imports = imports;
		this.messages = messages;
		this.maxRows = maxRows;
	}

	@GetMapping
	String page(@PathVariable long setId, Model model) {
		IndexSetView set = set(setId);
		Map<Long, UnitView> units = new LinkedHashMap<>();
		this.organization.unitsOf(set.unitGroupId()).forEach((unit) -> units.put(unit.id(), unit));
		List<String> leaves = set.definition()
			.leaves()
			.stream()
			.filter((leaf) -> leaf.component() == Component.SURVEY)
			.map(Leaf::code)
			.toList();
		Map<String, ContractorLeafResult> contractor = new LinkedHashMap<>();
		for (ContractorLeafResult result : this.results.forSet(setId)) {
			contractor.put(result.unitId() + " " + result.leafCode(), result);
		}
		Map<String, OwnLeafAnswers> own = new LinkedHashMap<>();
		for (OwnLeafAnswers answers : this.results.ownAnswers(setId)) {
			own.put(answers.unitId() + " " + answers.leafCode(), answers);
		}
		List<Line> lines = new ArrayList<>();
		for (UnitView unit : units.values()) {
			for (String leaf : leaves) {
				ContractorLeafResult c = contractor.get(unit.id() + " " + leaf);
				OwnLeafAnswers o = own.get(unit.id() + " " + leaf);
				if (c != null || o != null) {
					lines.add(new Line(
							this.messages.getMessage("unit.title." + unit.kind().key(), new Object[] { unit.name() },
									LocaleContextHolder.getLocale()),
							leaf, Optional.ofNullable(c), Optional.ofNullable(o)));
				}
			}
		}
		model.addAttribute("set", set);
		model.addAttribute("yearClosed", this.forms.closedYear(setId).orElse(null));
		model.addAttribute("imports", this.results.imports(setId));
		model.addAttribute("lines", lines);
		if (!model.containsAttribute("contractor")) {
			model.addAttribute("contractor", "");
		}
		return "survey/contractor";
	}

	@PostMapping
	String upload(@PathVariable long setId, @RequestParam(defaultValue = "") String contractor,
			@RequestParam(required = false) MultipartFile file, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		set(setId);
		List<String> errors = new ArrayList<>();
		ContractorImportView stored = null;
		Map<String, SurveyLeafScore> before = Map.of();
		String filename = (file != null) ? Optional.ofNullable(file.getOriginalFilename()).orElse("") : "";
		Optional<String> unusable = org.parindex.platform.web.Uploads.problem(file, "survey.contractor.file-missing",
				this.messages, locale);
		if (unusable.isPresent()) {
			errors.add(unusable.get());
		}
		else {
			try (InputStream in = file.getInputStream()) {
				// the sheet headed as the template is, wherever it is in the workbook
				List<TableRow> rows = TabularFiles
					.readTable(filename, in,
							this.imports.limits().withRows(this.maxRows, "survey.contractor.too-many-rows"),
							TabularFiles.headedBy(0, List.of(ContractorResults.HEADER.get(0), "unit code")))
					.getValue();
				before = scores(setId);
				stored = this.results.importTable(setId, contractor, FileNames.clean(filename), rows);
			}
			catch (TabularFileException ex) {
				errors.add(ex.describe(this.messages, locale));
			}
			catch (ContractorImportException ex) {
				for (ContractorImportException.Issue issue : ex.issues()) {
					errors.add(describe(issue, locale));
				}
			}
			catch (WorkflowException ex) {
				errors.add(this.messages.getMessage(ex.messageKey(), ex.arguments(), locale));
			}
			catch (IOException ex) {
				errors.add(this.messages.getMessage("survey.contractor.unreadable", null, locale));
			}
		}
		if (stored == null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("errors", errors);
			model.addAttribute("contractor", contractor);
			return page(setId, model);
		}
		redirect.addFlashAttribute("notice", this.messages.getMessage("survey.contractor.imported",
				new Object[] { stored.contractor(), stored.rows(), stored.fileName() }, locale));
		redirect.addFlashAttribute("moves", moves(before, scores(setId), locale));
		return "redirect:/admin/survey/sets/" + setId + "/contractor";
	}

	/** The set's computed survey results by "unit id/leaf code". */
	private Map<String, SurveyLeafScore> scores(long setId) {
		Map<String, SurveyLeafScore> scores = new LinkedHashMap<>();
		this.points.compute(setId).forEach((score) -> scores.put(score.unitId() + "/" + score.leafCode(), score));
		return scores;
	}

	/**
	 * How an import moved each criterion's computed value (mean % and points) of a unit,
	 * before → after, for every unit and criterion whose value changed (walk10 #16).
	 */
	private List<String> moves(Map<String, SurveyLeafScore> before, Map<String, SurveyLeafScore> after, Locale locale) {
		List<String> moves = new ArrayList<>();
		java.util.Set<String> keys = new java.util.LinkedHashSet<>(before.keySet());
		keys.addAll(after.keySet());
		for (String key : keys) {
			SurveyLeafScore was = before.get(key);
			SurveyLeafScore now = after.get(key);
			if (was != null && now != null && same(was.mean(), now.mean()) && same(was.points(), now.points())) {
				continue;
			}
			SurveyLeafScore any = (now != null) ? now : was;
			String unit = this.organization.findUnit(any.unitId()).map(UnitView::name).orElse("");
			moves.add(this.messages.getMessage("survey.contractor.moved",
					new Object[] { unit, any.leafCode(), shown(was, locale), shown(now, locale) }, locale));
		}
		return moves;
	}

	private static boolean same(java.math.BigDecimal a, java.math.BigDecimal b) {
		return (a == null) ? b == null : b != null && a.compareTo(b) == 0;
	}

	private String shown(SurveyLeafScore score, Locale locale) {
		if (score == null || score.mean() == null) {
			return this.messages.getMessage("survey.contractor.moved.none", null, locale);
		}
		return this.messages.getMessage("survey.contractor.moved.value",
				new Object[] { this.formats.percent(score.mean().movePointRight(2)),
						this.formats.points(score.points(), locale), score.respondents() },
				locale);
	}

	@GetMapping("/template.xlsx")
	ResponseEntity<byte[]> templateXlsx(@PathVariable long setId) {
		IndexSetView set = set(setId);
		return download(this.results.templateXlsx(setId), "ket-qua-dieu-tra-" + set.year() + ".xlsx",
				MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
	}

	@GetMapping("/template.csv")
	ResponseEntity<byte[]> templateCsv(@PathVariable long setId) {
		IndexSetView set = set(setId);
		return download(this.results.templateCsv(setId), "ket-qua-dieu-tra-" + set.year() + ".csv",
				new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8));
	}

	private static ResponseEntity<byte[]> download(byte[] body, String name, MediaType type) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}

	private String describe(ContractorImportException.Issue issue, Locale locale) {
		String text = this.messages.getMessage(issue.messageKey(), issue.arguments().toArray(), locale);
		if (issue.row() <= 0) {
			return text;
		}
		if (issue.column().isEmpty()) {
			return this.messages.getMessage("survey.contractor.at-row", new Object[] { issue.row(), text }, locale);
		}
		int column = issue.column().charAt(0) - 'A';
		return this.messages.getMessage("survey.contractor.at-cell",
				new Object[] { issue.row(), issue.column(), ContractorResults.HEADER.get(column), text }, locale);
	}

	private IndexSetView set(long setId) {
		return this.methodology.find(setId)
			.orElseThrow(() -> new NotFoundException("methodology.index-set.unknown", setId));
	}

	/** One unit and leaf: the contractor's result and the survey's own answers. */
	record Line(String unit, String leaf, Optional<ContractorLeafResult> contractor, Optional<OwnLeafAnswers> own) {

	}

}
