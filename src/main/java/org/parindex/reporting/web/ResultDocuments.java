package org.parindex.reporting.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.parindex.engine.Component;
import org.parindex.engine.Points;
import org.parindex.engine.RankClimb;
import org.parindex.engine.UnitResult;
import org.parindex.methodology.IndexSetView;
import org.parindex.organization.UnitKind;
import org.parindex.organization.UnitView;
import org.parindex.platform.Formats;
import org.parindex.platform.OfficialDate;
import org.parindex.reporting.ClimbReport;
import org.parindex.reporting.DashboardReport;
import org.parindex.reporting.LossAnalysis;
import org.parindex.reporting.LossReport;
import org.parindex.reporting.PublicationView;
import org.parindex.reporting.RankCertainty;
import org.parindex.reporting.RankingReport;
import org.parindex.reporting.ScorecardReport;
import org.parindex.reporting.ScorecardRow;
import org.parindex.reporting.document.Charts;
import org.parindex.reporting.document.OfficialDocument;
import org.parindex.reporting.document.OfficialDocument.Annex;
import org.parindex.reporting.document.OfficialDocument.Block;
import org.parindex.reporting.document.OfficialDocument.Column;
import org.parindex.reporting.document.OfficialDocument.Heading;
import org.parindex.reporting.document.OfficialDocument.Image;
import org.parindex.reporting.document.OfficialDocument.Paragraph;
import org.parindex.reporting.document.OfficialDocument.Section;
import org.parindex.reporting.document.OfficialDocument.Signature;
import org.parindex.reporting.document.OfficialDocument.Table;
import org.parindex.scoring.UnitStanding;

import org.springframework.context.MessageSource;

/**
 * The two official reports of a published year (issue 12, item 1), in Vietnamese whatever
 * the reader's language, as official texts are: the agency's report on the year's results
 * (the ranking as Phụ lục I, each unit's points by area as Phụ lục II), and a unit's own
 * report after the review conference (Mẫu 1.4 of Decree 30/2020: results with charts,
 * shortcomings with the published reasons, tasks worked out from where points were lost
 * and from what it takes to move up; its scorecard as Phụ lục I). Figures are at the
 * index set's published precision, ranks in the set's rank-label style, counts padded as
 * {@link Formats} pads them.
 */
final class ResultDocuments {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private static final int PRIORITIES = 5;

	private final MessageSource messages;

	private final Formats formats;

	private final Agency agency;

	private final LocalDate today;

	ResultDocuments(MessageSource messages, Formats formats, Agency agency, LocalDate today) {
		this.messages = messages;
		this.formats = formats;
		this.agency = agency;
		this.today = today;
	}

	/**
	 * The issuing agency's details, from settings ({@code parindex.agency.*}).
	 *
	 * @param name the agency ({@code Sở Nội vụ tỉnh Gia Lai}); blank for the unit group's
	 * name
	 * @param parent its parent ({@code UBND tỉnh Gia Lai}); blank for none
	 * @param place its place before the date ({@code Gia Lai}); blank for none
	 * @param code its abbreviation in document numbers ({@code SNV}); blank for none
	 * @param signerAuthority the signing authority line ({@code KT. GIÁM ĐỐC}); blank
	 * when the head signs
	 * @param signerTitle the signer's title ({@code PHÓ GIÁM ĐỐC}); blank for "Giám đốc"
	 * @param signerName the signer's name; blank to leave the space
	 * @param contact the agency's address, telephone, e-mail and website, printed under
	 * the results report's recipients (Decree 30/2020, Phụ lục I, cell 14)
	 */
	record Agency(String name, String parent, String place, String code, String signerAuthority, String signerTitle,
			String signerName, Contact contact) {

		/** An agency without contact details. */
		Agency(String name, String parent, String place, String code, String signerAuthority, String signerTitle,
				String signerName) {
			this(name, parent, place, code, signerAuthority, signerTitle, signerName, new Contact("", "", "", ""));
		}

	}

	/**
	 * The issuing agency's contact details ({@code parindex.agency.address},
	 * {@code .phone}, {@code .email}, {@code .website}), each blank for none. Checked
	 * when the application starts: a value that is not a telephone number, an e-mail
	 * address or a web address stops the start with a message naming the setting and an
	 * example, since an official text must not print it.
	 *
	 * @param address the agency's address
	 * ({@code 17 Trần Hưng Đạo, phường Pleiku, tỉnh Gia
	 * Lai}), at most 300 characters
	 * @param phone telephone numbers as the agency writes them ({@code 0269 3824 227}): 8
	 * to 15 digits, with spaces, dots, hyphens, brackets, a leading {@code +}; several
	 * separated by commas or semicolons
	 * @param email an e-mail address ({@code sonoivu@gialai.gov.vn})
	 * @param website a web address, with or without {@code https://}
	 * ({@code sonoivu.gialai.gov.vn})
	 * @throws IllegalArgumentException for a value that is none of these
	 */
	record Contact(String address, String phone, String email, String website) {

		private static final Pattern PHONE = Pattern.compile("\\+?[0-9(][0-9 .()\\-]*[0-9]");

		private static final Pattern EMAIL = Pattern.compile(
				"[A-Za-z0-9._%+\\-]+@[A-Za-z0-9](?:[A-Za-z0-9\\-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9\\-]*[A-Za-z0-9])?)*\\.[A-Za-z]{2,}");

		private static final Pattern WEBSITE = Pattern.compile(
				"(?:https?://)?[A-Za-z0-9](?:[A-Za-z0-9\\-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9\\-]*[A-Za-z0-9])?)*\\.[A-Za-z]{2,}(?::[0-9]{1,5})?(?:/\\S*)?");

		Contact {
			address = address.strip();
			phone = phone.strip();
			email = email.strip();
			website = website.strip();
			if (address.length() > 300) {
				throw new IllegalArgumentException(
						"parindex.agency.address is " + address.length() + " characters long; at most 300");
			}
			for (String number : phone.isEmpty() ? new String[0] : phone.split("[,;]")) {
				String digits = number.replaceAll("[^0-9]", "");
				if (!PHONE.matcher(number.strip()).matches() || digits.length() < 8 || digits.length() > 15) {
					throw new IllegalArgumentException("parindex.agency.phone \u201c" + phone
							+ "\u201d is not a telephone number: 8 to 15 digits, with spaces, dots, hyphens or brackets"
							+ " and a leading + (e.g. 0269 3824 227; several separated by commas)");
				}
			}
			if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
				throw new IllegalArgumentException("parindex.agency.email \u201c" + email
						+ "\u201d is not an e-mail address (e.g. sonoivu@gialai.gov.vn)");
			}
			if (!website.isEmpty() && !WEBSITE.matcher(website).matches()) {
				throw new IllegalArgumentException("parindex.agency.website \u201c" + website
						+ "\u201d is not a web address (e.g. https://sonoivu.gialai.gov.vn)");
			}
		}

	}

	/**
	 * The contact line of the agency's texts ({@code Địa chỉ: …; Điện thoại: …; E-mail:
	 * …; Website: …}); empty when no detail is set.
	 */
	private String contactLine() {
		Contact contact = this.agency.contact();
		List<String> parts = new ArrayList<>();
		if (!contact.address().isEmpty()) {
			parts.add(text("document.contact.address", contact.address()));
		}
		if (!contact.phone().isEmpty()) {
			parts.add(text("document.contact.phone", contact.phone()));
		}
		if (!contact.email().isEmpty()) {
			parts.add(text("document.contact.email", contact.email()));
		}
		if (!contact.website().isEmpty()) {
			parts.add(text("document.contact.website", contact.website()));
		}
		return String.join("; ", parts);
	}

	/** The agency's report on a year's results, with the ranking and areas as annexes. */
	OfficialDocument ranking(RankingReport report, LossReport losses, DashboardReport dashboard,
			List<PublicationView> revisions, Optional<RankCertainty> certainty) {
		IndexSetView set = report.results().set();
		int places = set.publishedPlaces();
		int year = set.year();
		String group = report.group().name();
		String agencyName = this.agency.name().isBlank() ? group : this.agency.name();
		String code = this.agency.code().isBlank() ? "BC" : "BC-" + this.agency.code().strip();
		Heading heading = heading(this.agency.parent(), List.of(upper(agencyName)), code, this.agency.place());
		List<UnitStanding> standings = report.results().standings();
		List<Block> body = new ArrayList<>();
		// "Căn cứ <the decision that issued the set>, …" when the set names it, else the
		// sentence without that clause (walk #22); the basis's own closing punctuation
		// would stand before the comma
		String basis = set.legalBasis().strip().replaceAll("[\\s.;,]+$", "");
		body.add(new Paragraph(basis.isEmpty() ? text("document.ranking.opening.plain", agencyName, year, group)
				: text("document.ranking.opening", basis, agencyName, year, group)));
		body.add(new Section(text("document.section.results")));
		if (!standings.isEmpty()) {
			UnitStanding best = standings.get(0);
			UnitStanding last = standings.get(standings.size() - 1);
			BigDecimal sum = standings.stream()
				.map((standing) -> standing.result().total())
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			BigDecimal mean = sum.divide(BigDecimal.valueOf(standings.size()), Points.QUOTIENT_SCALE,
					Points.QUOTIENT_ROUNDING);
			body.add(new Paragraph(text("document.ranking.overview", year, this.formats.count(standings.size()),
					points(mean, places), this.formats.maximum(set.totalMax(), places, VIETNAMESE), inText(best.unit()),
					points(best.result().total(), places), inText(last.unit()),
					points(last.result().total(), places))));
		}
		String classes = dashboard.classes()
			.stream()
			.filter((band) -> band.units() > 0 && !band.code().isEmpty())
			.map((band) -> text("document.ranking.class", band.name(), this.formats.count(band.units())))
			.collect(Collectors.joining("; "));
		if (!classes.isEmpty()) {
			body.add(new Paragraph(text("document.ranking.classes", classes)));
		}
		body.add(new Paragraph(text("document.ranking.annexes")));
		List<String> notes = new ArrayList<>();
		String notSubmitted = standings.stream()
			.filter((standing) -> !standing.submitted())
			.map((standing) -> inText(standing.unit()))
			.collect(Collectors.joining(", "));
		if (!notSubmitted.isEmpty()) {
			notes.add(text("document.ranking.not-submitted", notSubmitted));
		}
		String converted = standings.stream()
			.filter((standing) -> !standing.result().notApplicable().isEmpty())
			.map((standing) -> inText(standing.unit()))
			.collect(Collectors.joining(", "));
		if (!converted.isEmpty()) {
			notes.add(text("document.ranking.converted", converted));
		}
		String worst = losses.rows()
			.stream()
			.filter((row) -> row.leaf() && row.losing() > 0)
			.sorted(Comparator.comparing(LossAnalysis.Row::lost).reversed().thenComparing(LossAnalysis.Row::code))
			.limit(PRIORITIES)
			.map((row) -> text("document.ranking.loss", row.code(), this.formats.count(row.losing()),
					this.formats.count(row.units()), points(row.lost(), places)))
			.collect(Collectors.joining("; "));
		if (!worst.isEmpty()) {
			notes.add(text("document.ranking.losses", worst));
		}
		long maxed = losses.rows().stream().filter((row) -> row.leaf() && row.everyoneAtMaximum()).count();
		if (maxed > 0) {
			notes.add(text("document.ranking.maxed", this.formats.count((int) maxed)));
		}
		certainty.ifPresent((c) -> notes
			.add(c.fragile().isEmpty() ? text("document.ranking.certainty.robust", c.resamples(), c.fragilePercent())
					: text("document.ranking.certainty.fragile", c.resamples(), c.fragilePercent(), c.fragile()
						.stream()
						.map((pair) -> text("document.ranking.certainty.pair", pair.first(),
								this.formats.rank(pair.firstRank(), standings.size(), set.rankLabel()), pair.second(),
								this.formats.rank(pair.secondRank(), standings.size(), set.rankLabel()),
								points(pair.reversedPercent(), 1)))
						.collect(Collectors.joining("; ")))));
		notes.addAll(corrections(revisions, Optional.empty()));
		if (!notes.isEmpty()) {
			body.add(new Section(text("document.section.notes")));
			notes.forEach((note) -> body.add(new Paragraph(note)));
		}
		body.add(new Paragraph(text("document.ranking.closing", year, group)));
		List<String> recipients = new ArrayList<>();
		if (!this.agency.parent().isBlank()) {
			recipients.add(text("document.recipient.named", this.agency.parent().strip()));
		}
		recipients.add(text("document.recipient.units"));
		recipients.add(text("document.recipient.archive"));
		Signature signature = new Signature(
				upper(this.agency.signerAuthority()), this.agency.signerTitle().isBlank()
						? text("document.signature.director") : upper(this.agency.signerTitle()),
				this.agency.signerName().strip());
		String attached = text("document.annex.attached", code, agencyName);
		List<Annex> annexes = List.of(
				new Annex(text("document.annex.label.1"), text("document.ranking.annex.ranking", year), attached,
						List.of(rankingTable(report)), true),
				new Annex(text("document.annex.label.2"), text("document.ranking.annex.areas", year), attached,
						List.of(areasTable(dashboard, report, places), areasLegend(dashboard)), true));
		return new OfficialDocument(heading, text("document.kind.report"),
				text("document.ranking.subject", year, group),
				this.agency.parent().isBlank() ? Optional.empty()
						: Optional.of(text("document.addressee", this.agency.parent().strip())),
				body, signature, recipients, annexes, contactLine());
	}

	/** A unit's report after the review conference, with its scorecard as annex. */
	OfficialDocument unit(ScorecardReport report, ClimbReport climb, DashboardReport dashboard,
			List<PublicationView> revisions) {
		IndexSetView set = report.results().set();
		int places = set.publishedPlaces();
		int year = set.year();
		UnitView unit = report.standing().unit();
		boolean local = unit.kind() != UnitKind.AGENCY;
		String unitInText = inText(unit);
		List<String> agencyLines = local ? List.of(text("document.unit.council"), upper(title(unit)))
				: List.of(upper(unit.name()));
		String parent = local ? "" : this.agency.parent();
		String code = local ? text("document.unit.code.local") : text("document.unit.code.agency");
		Heading heading = heading(parent, agencyLines, code, local ? unit.name() : this.agency.place());
		List<Block> body = new ArrayList<>();
		body.add(new Section(text("document.section.results")));
		report.narrative().paragraphs().forEach((paragraph) -> body.add(new Paragraph(paragraph)));
		corrections(revisions, Optional.of(unit.id())).forEach((note) -> body.add(new Paragraph(note, true)));
		body.add(componentsTable(report, places));
		int index = dashboard.units().stream().map(DashboardReport.UnitRow::code).toList().indexOf(unit.code());
		if (index >= 0 && !dashboard.areas().isEmpty()) {
			byte[] chart = Charts.areas(dashboard.areas().stream().map(DashboardReport.Area::code).toList(),
					dashboard.units().get(index).percents(), dashboard.mean(), title(unit), text("document.chart.mean"),
					text("document.chart.axis.percent"), 150, 75);
			body.add(new Image(chart, 150, 75, text("document.chart.areas", unitInText)));
		}
		List<Optional<BigDecimal>> trend = dashboard.trend().getOrDefault(unit.code(), List.of());
		if (trend.stream().filter(Optional::isPresent).count() >= 2) {
			byte[] chart = Charts.trend(dashboard.years().stream().map(String::valueOf).toList(), trend, title(unit),
					text("document.chart.axis.points"), 150, 65);
			body.add(new Image(chart, 150, 65, text("document.chart.trend", unitInText)));
		}
		body.add(new Section(text("document.section.shortcomings")));
		List<ScorecardRow> lost = report.rows()
			.stream()
			.filter((row) -> row.leaf() && row.lostAny())
			.sorted(Comparator.comparing((ScorecardRow row) -> shownLost(row, places))
				.reversed()
				.thenComparing(ScorecardRow::code))
			.toList();
		if (lost.isEmpty()) {
			body.add(new Paragraph(text("document.unit.lost.none", year, unitInText)));
		}
		else {
			body.add(new Paragraph(lostParagraph(report, unitInText, places)));
			body.add(lostTable(lost, places));
		}
		body.add(new Section(text("document.section.tasks")));
		body.add(new Paragraph(text("document.unit.tasks")));
		if (!lost.isEmpty()) {
			body.add(new Paragraph(text("document.unit.priorities", lost.stream()
				.limit(PRIORITIES)
				.map((row) -> text("document.unit.priority", row.code(), points(shownLost(row, places), places)))
				.collect(Collectors.joining("; ")))));
		}
		climbParagraph(report, climb, places).ifPresent(body::add);
		body.add(new Paragraph(text("document.unit.closing", year, unitInText)));
		List<String> recipients = new ArrayList<>();
		recipients.add(text("document.recipient.above"));
		recipients.add(text("document.recipient.archive"));
		Signature signature = local
				? new Signature(text("document.unit.signature.local"), text("document.unit.signature.chair"), "")
				: new Signature("", text("document.signature.director"), "");
		List<Annex> annexes = List.of(new Annex(text("document.annex.label.1"),
				text("document.unit.annex.scorecard", year, upper(title(unit))),
				text("document.annex.attached", code,
						local ? text("document.unit.issuer.local", unitInText) : unit.name()),
				List.of(scorecardTable(report, places)), true));
		return new OfficialDocument(heading, text("document.kind.report"),
				text("document.unit.subject", year, unitInText),
				this.agency.name().isBlank() ? Optional.empty()
						: Optional.of(text("document.addressee", this.agency.name().strip())),
				body, signature, recipients, annexes);
	}

	private Optional<Block> climbParagraph(ScorecardReport report, ClimbReport climb, int places) {
		int rank = report.standing().rank().rank();
		if (rank == 1) {
			return Optional.of(new Paragraph(text("document.unit.climb.first", inText(report.standing().unit()))));
		}
		// the nearest higher rank that its lost criteria can reach
		return climb.targets()
			.stream()
			.filter((target) -> target.plan().isPresent())
			.max(Comparator.comparingInt(RankClimb.Target::rank))
			.map((target) -> {
				RankClimb.Plan plan = target.plan().orElseThrow();
				String criteria = plan.criteria()
					.stream()
					.map((lost) -> text("document.unit.priority", lost.code(), points(lost.gain(), places)))
					.collect(Collectors.joining("; "));
				return new Paragraph(text("document.unit.climb", this.formats.count(rank - target.rank()),
						report.results().set().rankLabel().label(target.rank(), report.standing().rank().unitCount()),
						// as the climb page shows it: the difference of the two shown
						// totals
						points(Points.atPlaces(target.totalAtRank(), places)
							.subtract(Points.atPlaces(report.standing().result().total(), places)), places),
						this.formats.count(plan.criteria().size()), criteria));
			});
	}

	private Table rankingTable(RankingReport report) {
		IndexSetView set = report.results().set();
		int places = set.publishedPlaces();
		List<UnitStanding> standings = report.results().standings();
		Optional<Integer> previousYear = report.results().previousYear();
		List<Column> columns = new ArrayList<>(List.of(new Column(text("document.column.no"), 5, true),
				new Column(text("document.column.unit"), 22, false),
				new Column(text("document.column.appraisal", plain(set.componentMax(Component.APPRAISAL))), 11, true),
				new Column(text("document.column.survey", plain(set.componentMax(Component.SURVEY))), 11, true),
				new Column(text("document.column.bonus", plain(set.bonusCap())), 9, true),
				new Column(text("document.column.deduction", plain(set.deductionCap())), 9, true),
				new Column(text("document.column.total"), 9, true), new Column(text("document.column.index"), 9, true),
				new Column(text("document.column.rank"), 8, true),
				new Column(text("document.column.class"), 9, false)));
		previousYear.ifPresent((year) -> columns.add(new Column(text("document.column.change", year), 13, false)));
		List<List<String>> rows = new ArrayList<>();
		int number = 1;
		for (UnitStanding standing : standings) {
			UnitResult result = standing.result();
			List<String> row = new ArrayList<>(List.of(Integer.toString(number++), title(standing.unit()),
					points(result.component(Component.APPRAISAL), places),
					points(result.component(Component.SURVEY), places), points(result.bonus().applied(), places),
					points(result.deduction().applied(), places), points(result.total(), places),
					points(result.indexPercent(), places),
					set.rankLabel().label(standing.rank().rank(), standing.rank().unitCount()),
					result.classification().flatMap(set::classBand).map((band) -> band.name()).orElse("")));
			previousYear.ifPresent((year) -> {
				String change = standing.previous().map((previous) -> {
					int moved = previous.change().places();
					return switch (previous.change().direction()) {
						case UP -> text("document.change.up", this.formats.count(moved));
						case DOWN -> text("document.change.down", this.formats.count(moved));
						case SAME -> text("document.change.same");
					};
				}).orElse("");
				// the predecessor compared with, or the units it was formed from (item 3)
				String remark = RankingRow.lineageRemark(standing.previous(), standing.predecessors(), this.messages,
						VIETNAMESE);
				row.add(change.isEmpty() ? remark : remark.isEmpty() ? change : change + " (" + remark + ")");
			});
			rows.add(row);
		}
		return new Table(columns, rows, true, Set.of());
	}

	/**
	 * Annex II: each unit (with its kind, "Huyện Đak Pơ") and its points by area as % of
	 * what applies to it, its total; the last row the units' mean of each column, the
	 * total's mean at the published precision.
	 */
	private Table areasTable(DashboardReport dashboard, RankingReport report, int places) {
		List<Column> columns = new ArrayList<>();
		columns.add(new Column(text("document.column.no"), 6, true));
		columns.add(new Column(text("document.column.unit"), 24, false));
		for (DashboardReport.Area area : dashboard.areas()) {
			columns.add(new Column(area.code(), 7, true));
		}
		columns.add(new Column(text("document.column.total"), 9, true));
		Map<String, UnitView> units = new HashMap<>();
		report.results().standings().forEach((standing) -> units.put(standing.unit().code(), standing.unit()));
		List<List<String>> rows = new ArrayList<>();
		int number = 1;
		BigDecimal totals = BigDecimal.ZERO;
		for (DashboardReport.UnitRow unit : dashboard.units()) {
			List<String> row = new ArrayList<>();
			row.add(Integer.toString(number++));
			UnitView view = units.get(unit.code());
			row.add((view != null) ? title(view) : unit.name());
			unit.percents().forEach((percent) -> row.add(percent.map((value) -> points(value, places)).orElse("")));
			row.add(points(unit.total(), places));
			totals = totals.add(unit.total());
			rows.add(row);
		}
		List<String> mean = new ArrayList<>();
		mean.add("");
		mean.add(text("document.chart.mean"));
		dashboard.mean().forEach((value) -> mean.add(points(value, places)));
		mean.add(dashboard.units().isEmpty() ? "" : points(totals.divide(BigDecimal.valueOf(dashboard.units().size()),
				Points.QUOTIENT_SCALE, Points.QUOTIENT_ROUNDING), places));
		rows.add(mean);
		return new Table(columns, rows, true, Set.of(rows.size() - 1));
	}

	/**
	 * What the area columns of Phụ lục II stand for: the table heads them by code alone,
	 * so that eight areas fit a landscape page, and a reader must not have to look the
	 * codes up.
	 */
	private Paragraph areasLegend(DashboardReport dashboard) {
		return new Paragraph(text("document.ranking.annex.areas.legend",
				dashboard.areas()
					.stream()
					.map((area) -> text("document.ranking.annex.areas.legend.item", area.code(), area.name()))
					.collect(Collectors.joining("; "))),
				true);
	}

	private Table componentsTable(ScorecardReport report, int places) {
		IndexSetView set = report.results().set();
		UnitResult result = report.standing().result();
		List<Column> columns = List.of(new Column(text("document.column.component"), 40, false),
				new Column(text("document.column.max"), 15, true), new Column(text("document.column.points"), 15, true),
				new Column(text("document.column.lost"), 15, true));
		List<List<String>> rows = new ArrayList<>();
		for (Component component : List.of(Component.APPRAISAL, Component.SURVEY)) {
			BigDecimal max = set.componentMax(component);
			BigDecimal achieved = result.component(component);
			rows.add(List.of(text("document.component." + component.name().toLowerCase(Locale.ROOT)), max(max, places),
					points(achieved, places), lost(max, achieved, places)));
		}
		rows.add(List.of(text("xlsx.ranking.bonus"), max(set.bonusCap(), places),
				points(result.bonus().applied(), places), ""));
		rows.add(List.of(text("xlsx.ranking.deduction"), max(set.deductionCap(), places),
				points(result.deduction().applied(), places), ""));
		rows.add(List.of(text("document.total"), max(result.totalMax(), places), points(result.total(), places),
				lost(result.totalMax(), result.total(), places)));
		return new Table(columns, rows, false, Set.of(rows.size() - 1));
	}

	private Table lostTable(List<ScorecardRow> lost, int places) {
		List<Column> columns = List.of(new Column(text("document.column.code"), 9, false),
				new Column(text("document.column.criterion"), 38, false),
				new Column(text("document.column.max"), 10, true), new Column(text("document.column.points"), 10, true),
				new Column(text("document.column.lost"), 10, true),
				new Column(text("document.column.reason"), 30, false));
		List<List<String>> rows = lost.stream()
			.map((row) -> List.of(row.code(), row.name(), max(row.applicableMax(), places),
					points(row.points(), places), points(shownLost(row, places), places), row.comment()))
			.toList();
		return new Table(columns, rows, false, Set.of());
	}

	private Table scorecardTable(ScorecardReport report, int places) {
		List<Column> columns = List.of(new Column(text("document.column.code"), 8, false),
				new Column(text("document.column.criterion"), 52, false),
				new Column(text("document.column.max"), 9, true), new Column(text("document.column.points"), 9, true),
				new Column(text("document.column.lost"), 9, true),
				new Column(text("document.column.comment"), 30, false));
		List<List<String>> rows = new ArrayList<>();
		Set<Integer> areas = new HashSet<>();
		for (ScorecardRow row : report.rows()) {
			if (row.depth() == 0) {
				areas.add(rows.size());
			}
			if (row.notApplicable()) {
				rows.add(List.of(row.code(), row.name(), max(row.maxPoints(), places), text("document.not-applicable"),
						"", row.comment()));
			}
			else {
				rows.add(List.of(row.code(), row.name(), max(row.applicableMax(), places), points(row.points(), places),
						points(shownLost(row, places), places), row.comment()));
			}
		}
		UnitResult result = report.standing().result();
		IndexSetView set = report.results().set();
		areas.add(rows.size());
		rows.add(List.of("", text("xlsx.ranking.bonus"), max(set.bonusCap(), places),
				points(result.bonus().applied(), places), "", ""));
		areas.add(rows.size());
		rows.add(List.of("", text("xlsx.ranking.deduction"), max(set.deductionCap(), places),
				points(result.deduction().applied(), places), "", ""));
		areas.add(rows.size());
		rows.add(List.of("", text("document.total"), max(result.totalMax(), places), points(result.total(), places),
				lost(result.totalMax(), result.total(), places), ""));
		areas.add(rows.size());
		rows.add(List.of("", text("document.column.rank"), "",
				set.rankLabel().label(report.standing().rank().rank(), report.standing().rank().unitCount()), "", ""));
		return new Table(columns, rows, true, areas);
	}

	/**
	 * What section II opens with: the points lost by component, counted as the narrative
	 * counts them (criteria and sub-criteria of the appraisal), so that both sections
	 * give the same figures.
	 */
	private String lostParagraph(ScorecardReport report, String unitInText, int places) {
		IndexSetView set = report.results().set();
		UnitResult result = report.standing().result();
		List<String> counts = new ArrayList<>();
		if (report.appraisal().criteria().losingPoints() > 0) {
			counts.add(
					text("narrative.count.criteria", this.formats.count(report.appraisal().criteria().losingPoints())));
		}
		if (report.appraisal().subCriteria().losingPoints() > 0) {
			counts.add(text("narrative.count.sub-criteria",
					this.formats.count(report.appraisal().subCriteria().losingPoints())));
		}
		BigDecimal appraisalMax = result.applicableMax(Component.APPRAISAL);
		String appraisal = text("document.unit.lost.appraisal",
				lost(appraisalMax, result.achieved(Component.APPRAISAL), places),
				this.formats.maximum(appraisalMax, places, VIETNAMESE), String.join(", ", counts));
		BigDecimal surveyMax = set.componentMax(Component.SURVEY);
		String survey = (surveyMax.signum() > 0)
				? text("document.unit.lost.survey", lost(surveyMax, result.component(Component.SURVEY), places),
						this.formats.maximum(surveyMax, places, VIETNAMESE))
				: "";
		return text("document.unit.lost", set.year(), unitInText, appraisal, survey);
	}

	/**
	 * The corrections made after publication, newest first, as the public pages state
	 * them; only those of one unit when a unit is given.
	 */
	private List<String> corrections(List<PublicationView> revisions, Optional<Long> unitId) {
		List<String> notes = new ArrayList<>();
		for (int i = revisions.size() - 1; i >= 1; i--) {
			PublicationView revision = revisions.get(i);
			String day = Formats.DAY.format(revision.publishedAt().atZone(ZoneId.of("Asia/Ho_Chi_Minh")));
			if (revision.correction().isPresent()) {
				PublicationView.Correction correction = revision.correction().get();
				if (unitId.isEmpty() || unitId.get() == correction.unitId()) {
					notes.add(text(correction.noticeKey(), day, correction.unitName(), correction.leafCode(),
							points(correction.oldPoints(), 2), points(correction.newPoints(), 2),
							org.parindex.platform.Text.sentence(revision.reason())));
				}
			}
			else if (unitId.isEmpty()) {
				notes.add(text("correction.notice.short", day, org.parindex.platform.Text.sentence(revision.reason())));
			}
		}
		return notes;
	}

	/**
	 * Points lost as shown: the shown maximum less the shown points (docs/scoring.md).
	 */
	private static BigDecimal shownLost(ScorecardRow row, int places) {
		return Points.atPlaces(row.applicableMax(), places)
			.subtract(Points.atPlaces(row.points(), places))
			.max(BigDecimal.ZERO);
	}

	private String lost(BigDecimal max, BigDecimal achieved, int places) {
		return points(Points.atPlaces(max, places).subtract(Points.atPlaces(achieved, places)).max(BigDecimal.ZERO),
				places);
	}

	private Heading heading(String parent, List<String> agencyLines, String code, String place) {
		OfficialDate date = OfficialDate.of(place, this.today);
		String placeAndDate = date.placed()
				? text("print.official.date", date.place(), date.day(), date.month(), date.year())
				: text("print.official.date.unplaced", date.day(), date.month(), date.year());
		return new Heading(upper(parent), agencyLines, text("document.number", code), placeAndDate,
				text("print.official.republic"), text("print.official.motto"));
	}

	private String points(BigDecimal value, int places) {
		return this.formats.points(value, places, VIETNAMESE);
	}

	/**
	 * A maximum in a table: points at the published precision, as the points beside it.
	 */
	private String max(BigDecimal value, int places) {
		return points(value, places);
	}

	/**
	 * A maximum in a column header, unpadded ("/6", "/64", "/1,5"), so that the header
	 * does not break inside it.
	 */
	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString().replace('.', ',');
	}

	private String title(UnitView unit) {
		return text("unit.title." + unit.kind().key(), unit.name());
	}

	private String inText(UnitView unit) {
		return text("unit.in-text." + unit.kind().key(), unit.name());
	}

	private static String upper(String text) {
		return text.strip().toUpperCase(VIETNAMESE);
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, VIETNAMESE);
	}

}
