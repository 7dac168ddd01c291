package org.parindex.identity.web;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.parindex.engine.Level;
import org.parindex.identity.AccountView;
import org.parindex.identity.AppraiserArea;
import org.parindex.identity.IdentityService;
import org.parindex.identity.InvalidAccountException;
import org.parindex.methodology.IndexSetSummary;
import org.parindex.methodology.MethodologyService;
import org.parindex.platform.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Which areas of which year's index set an appraiser appraises. */
@Controller
@RequestMapping("/admin/identity/accounts/{id}/areas")
@PreAuthorize("hasAnyRole('ADMINISTRATOR', 'PAR_OFFICE')")
class AppraiserAreasController {

	private final IdentityService identity;

	private final MethodologyService methodology;

	private final MessageSource messages;

	AppraiserAreasController(IdentityService identity, MethodologyService methodology, MessageSource messages) {
		this.identity = identity;
		this.methodology = methodology;
		this.messages = messages;
	}

	@GetMapping
	String areas(@PathVariable long id, @RequestParam Optional<Long> set, Model model) {
		AccountView account = this.identity.find(id).orElseThrow(() -> new NotFoundException("account.unknown", id));
		List<IndexSetSummary> sets = this.methodology.list();
		Optional<Long> chosen = set.or(() -> sets.stream().findFirst().map(IndexSetSummary::id));
		model.addAttribute("account", account);
		model.addAttribute("sets", sets);
		chosen.flatMap(this.methodology::find).ifPresent((view) -> {
			model.addAttribute("set", view);
			model.addAttribute("areas", view.nodes().stream().filter((node) -> node.level() == Level.AREA).toList());
			Set<String> assigned = new HashSet<>();
			this.identity.areas(id)
				.stream()
				.filter((area) -> area.indexSetId() == view.id())
				.map(AppraiserArea::areaCode)
				.forEach(assigned::add);
			model.addAttribute("assigned", assigned);
		});
		return "identity/appraiser-areas";
	}

	@PostMapping
	String assign(@PathVariable long id, @RequestParam long set,
			@RequestParam(name = "areas", required = false) Optional<List<String>> areas, Locale locale,
			RedirectAttributes redirect) {
		try {
			List<String> chosen = areas.orElse(List.of());
			this.identity.assignAreas(id, set, Set.copyOf(chosen));
			// the notice names the appraiser and the areas (issue 9, A-messages)
			String name = this.identity.find(id).map(AccountView::displayName).orElse("");
			int year = this.methodology.find(set).map((view) -> view.year()).orElse(0);
			redirect.addFlashAttribute("notice",
					chosen.isEmpty() ? this.messages.getMessage("areas.saved.none", new Object[] { name, year }, locale)
							: this.messages.getMessage("areas.saved",
									new Object[] { name, String.join(", ", chosen.stream().sorted().toList()), year },
									locale));
		}
		catch (InvalidAccountException ex) {
			redirect.addFlashAttribute("error", this.messages.getMessage(ex.messageKey(), ex.arguments(), locale));
		}
		return "redirect:/admin/identity/accounts/" + id + "/areas?set=" + set;
	}

}
