package org.parindex.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A GET form without a named field sends the browser to its address with an empty query
 * ({@code /assessment/cycles/3/unit/submit?}): such a form is a link and is written as
 * one (issue 9). Every template is read as HTML and each GET form (a form without a
 * method is one) must carry at least one named field.
 * <p>
 * No field cuts what is typed or pasted: {@code maxlength} (or {@code th:maxlength})
 * makes the browser drop the text past the limit without a word, so a long explanation
 * pasted from a document is saved cut. Every limit is the server's, whose refusal names
 * the field and the limit and keeps what was typed (issue 9). No live counter instead: it
 * would still need the server's check, and a refused save that keeps the text shows the
 * limit where the user reads it.
 * <p>
 * A sentence that ends with a colon announces the list after it, so it is shown only when
 * that list has something in it: "0 tiêu chí không tạo ra khác biệt nào giữa các đơn vị:"
 * followed by nothing (walk #9) reads as a page that failed to load. An empty list is
 * said in words instead ("Không có tiêu chí nào…").
 */
class TemplateFormsTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/**
	 * No merge leaves its conflict markers in what the application serves: a template
	 * with them still renders, and printed the markers and both sides' source under every
	 * round-1 score field of the appraisal page (walk of 2026-12-02).
	 */
	@Test
	void noResourceHoldsAMergesConflictMarkers() throws IOException {
		List<String> marked = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
			for (Path file : files.filter(Files::isRegularFile)
				.filter((path) -> path.toString().matches(".*\\.(html|properties|js|css|sql|ya?ml|txt)$"))
				.toList()) {
				List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
				for (int i = 0; i < lines.size(); i++) {
					if (lines.get(i).startsWith("<<<<<<< ") || lines.get(i).startsWith(">>>>>>> ")) {
						marked.add(file + ":" + (i + 1));
					}
				}
			}
		}
		assertThat(marked).as("merge conflict markers").isEmpty();
	}

	/**
	 * The pages' Content-Security-Policy allows styles from the application's own files
	 * only ({@code style-src 'self'}, {@code SecurityHeaders}): an inline {@code style}
	 * attribute is ignored by the browser, so a width set there never applies (walk of
	 * issue 9: eight on the contest form). Classes in {@code parindex.css} instead.
	 */
	@Test
	void noTemplateSetsAStyleTheContentSecurityPolicyIgnores() throws IOException {
		List<String> inline = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path template : files.filter((path) -> path.toString().endsWith(".html")).toList()) {
				for (Element styled : Jsoup.parse(Files.readString(template, StandardCharsets.UTF_8))
					.select("[style], [th:style], [th:attr*=style=], style")) {
					inline.add(TEMPLATES.relativize(template) + ": " + styled.tagName() + " "
							+ styled.attributes().html().strip());
				}
			}
		}
		assertThat(inline).as("inline styles").isEmpty();
	}

	@Test
	void getFormsCarryFieldsElseTheyAreLinks() throws IOException {
		List<String> empty = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path template : files.filter((path) -> path.toString().endsWith(".html")).toList()) {
				for (Element form : Jsoup.parse(Files.readString(template, StandardCharsets.UTF_8)).select("form")) {
					String method = form.attr("method").isEmpty() ? form.attr("th:method") : form.attr("method");
					if (!method.isEmpty() && !method.equalsIgnoreCase("get")) {
						continue;
					}
					if (form
						.select("input[name], select[name], textarea[name], button[name], "
								+ "input[th:name], select[th:name], textarea[th:name], button[th:name]")
						.isEmpty()) {
						empty.add(TEMPLATES.relativize(template) + ": " + form.attr("th:action"));
					}
				}
			}
		}
		assertThat(empty).as("GET forms without a named field (write a link instead)").isEmpty();
	}

	@Test
	void noFieldCutsWhatIsTyped() throws IOException {
		List<String> cut = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path template : files.filter((path) -> path.toString().endsWith(".html")).toList()) {
				for (Element field : Jsoup.parse(Files.readString(template, StandardCharsets.UTF_8))
					.select("[maxlength], [th:maxlength], [th:attr*=maxlength]")) {
					cut.add(TEMPLATES.relativize(template) + ": " + field.attr("name") + field.attr("th:name")
							+ field.attr("id"));
				}
			}
		}
		assertThat(cut).as("fields with maxlength (the server checks the length, naming the field)").isEmpty();
	}

	@Test
	void aSentenceEndingWithAColonIsShownOnlyWithTheListItAnnounces() throws IOException {
		Properties vietnamese = new Properties();
		try (var reader = Files.newBufferedReader(Path.of("src/main/resources/messages_vi.properties"),
				StandardCharsets.UTF_8)) {
			vietnamese.load(reader);
		}
		Pattern key = Pattern.compile("#\\{([\\w.-]+)");
		List<String> bare = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path template : files.filter((path) -> path.toString().endsWith(".html")).toList()) {
				for (Element sentence : Jsoup.parse(Files.readString(template, StandardCharsets.UTF_8))
					.select("[th:text*=#{]")) {
					Matcher found = key.matcher(sentence.attr("th:text"));
					if (!found.find() || !vietnamese.getProperty(found.group(1), "").strip().endsWith(":")) {
						continue;
					}
					Element next = sentence.nextElementSibling();
					boolean list = next != null && (next.is("ul, ol, dl, table") || next.hasAttr("th:each")
							|| !next.select("[th:each]").isEmpty() || next.attr("th:text").contains("listJoin"));
					if (list && !guarded(sentence) && !constant(next)) {
						bare.add(TEMPLATES.relativize(template) + ": " + found.group(1));
					}
				}
			}
		}
		assertThat(bare).as("sentences ending with a colon shown even when the list after them is empty").isEmpty();
	}

	/**
	 * Whether the list is not the server's to fill, so never empty when shown: the values
	 * of an enum ({@code T(…).values()}), a list written in the template ({@code ${ {…}
	 * }}), or a list with no {@code th:each} at all (its items written in the template,
	 * or put in by the page's script together with the sentence).
	 */
	private static boolean constant(Element list) {
		String each = list.attr("th:each") + String.join(" ", list.select("[th:each]").eachAttr("th:each"));
		return (each.isEmpty() && !list.attr("th:text").contains("listJoin")) || each.contains("T(")
				|| each.contains("${ {");
	}

	/** Whether the element, or one around it, is shown only when a list is not empty. */
	private static boolean guarded(Element element) {
		for (Element around = element; around != null; around = around.parent()) {
			String condition = around.attr("th:if") + around.attr("th:unless");
			if (condition.contains("isEmpty") || condition.contains("size()")) {
				return true;
			}
		}
		return false;
	}

}
