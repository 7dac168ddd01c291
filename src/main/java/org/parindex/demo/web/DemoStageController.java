package org.parindex.demo.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.parindex.assessment.CycleService;
import org.parindex.demo.DemoCycle;
import org.parindex.demo.DemoStage;
import org.parindex.platform.Actor;
import org.parindex.platform.Actors;
import org.parindex.platform.LocalizedException;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The demo's stage move for the PAR office: a page that shows where the demo's 2022 cycle
 * stands and moves it to a chosen stage ({@link DemoCycle#moveTo}). Exists only when
 * {@code parindex.demo.enabled=true}, so a production start answers 404.
 */
@Controller
@RequestMapping("/admin/demo/stage")
@PreAuthorize("hasRole('PAR_OFFICE')")
@ConditionalOnBooleanProperty("parindex.demo.enabled")
class DemoStageController {

	private final DemoCycle demo;

	private final MessageSource messages;

	private final Clock clock;

	private final CycleService cycles;

	DemoStageController(DemoCycle demo, MessageSource messages, Clock clock, CycleService cycles) {
		this.cycles = cycles;
		this.demo = demo;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String page(Model model) {
		model.addAttribute("year", DemoCycle.YEAR);
		model.addAttribute("stages", List.of(DemoStage.values()));
		this.demo.cycle().ifPresent((cycle) -> {
			model.addAttribute("cycle", cycle);
			// as every page names it: approved or published years included
			model.addAttribute("stage", this.cycles.stage(cycle.id(), Instant.now(this.clock)));
		});
		return "demo/stage";
	}

	/**
	 * Moves the demo's year once confirmed ({@code confirmed=true}); before, the page
	 * asks, naming the stage, what the move does for the users and how many dossiers it
	 * locks or reopens, with only "move" and "do not move" to answer, since it cannot be
	 * undone (issue 9).
	 */
	@PostMapping
	String move(@RequestParam DemoStage stage, @RequestParam(defaultValue = "false") boolean confirmed, Model model,
			Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		Actor actor = Actors.current().orElseThrow(() -> new IllegalStateException("Not signed in"));
		if (!confirmed) {
			model.addAttribute("confirm", stage);
			try {
				model.addAttribute("consequences", this.demo.consequences(stage));
			}
			catch (LocalizedException ex) {
				model.addAttribute("error", this.messages.getMessage(ex.messageKey(), ex.arguments(), locale));
			}
			return page(model);
		}
		try {
			long id = this.demo.moveTo(stage, actor).id();
			String name = this.messages.getMessage(stage.messageKey(), null, locale);
			redirect.addFlashAttribute("notice",
					this.messages.getMessage("demo.stage.moved", new Object[] { DemoCycle.YEAR, name }, locale));
			return "redirect:/admin/assessment/cycles/" + id;
		}
		catch (LocalizedException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("error", this.messages.getMessage(ex.messageKey(), ex.arguments(), locale));
			return page(model);
		}
	}

}
