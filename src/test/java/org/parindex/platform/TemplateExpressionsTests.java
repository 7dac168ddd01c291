package org.parindex.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Template expressions that look right and silently show nothing. In Spring's expression
 * language {@code map[key]} with a bare name reads the entry named "key", not the entry
 * of the variable {@code key}: a refused self-assessment once showed every live score
 * empty that way (issue 9, item 5). Maps are read with {@code map.get(key)}.
 */
class TemplateExpressionsTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/** {@code ${name[other]}} or {@code name[other]} inside an expression. */
	private static final Pattern BARE_INDEX = Pattern
		.compile("\\$\\{[^}]*?[A-Za-z0-9_)]\\[([A-Za-z_][A-Za-z0-9_]*)\\]");

	@Test
	void noMapIsIndexedByABareVariableName() throws IOException {
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path template : files.filter((path) -> path.toString().endsWith(".html")).toList()) {
				List<String> lines = Files.readAllLines(template);
				for (int i = 0; i < lines.size(); i++) {
					Matcher matcher = BARE_INDEX.matcher(lines.get(i));
					while (matcher.find()) {
						found.add(TEMPLATES.relativize(template) + ":" + (i + 1) + " [" + matcher.group(1) + "]");
					}
				}
			}
		}
		assertThat(found).as("read a map with .get(variable), not [variable]").isEmpty();
	}

	/**
	 * An inline element that {@code th:each} repeats: Thymeleaf writes the copies with
	 * nothing between them, so their texts run together ("Đạt 100 %Không đạt"). Repeat a
	 * {@code th:block} holding the element and a space instead.
	 */
	private static final Pattern REPEATED_INLINE = Pattern
		.compile("<(span|a|strong|em|b|i|code|small|abbr|time|output|mark)\\s[^>]*\\bth:each=");

	/**
	 * The pages of the survey, the assessment and the reports print lists of short texts
	 * (warnings, survey options) that a reader and a screen reader must be able to tell
	 * apart (issue 10).
	 */
	@Test
	void noInlineElementIsRepeatedWithoutASeparator() throws IOException {
		List<String> found = new ArrayList<>();
		for (String module : List.of("survey", "assessment", "reporting")) {
			try (Stream<Path> files = Files.walk(TEMPLATES.resolve(module))) {
				for (Path template : files.filter((path) -> path.toString().endsWith(".html")).toList()) {
					List<String> lines = Files.readAllLines(template);
					for (int i = 0; i < lines.size(); i++) {
						Matcher matcher = REPEATED_INLINE.matcher(lines.get(i));
						while (matcher.find()) {
							found.add(TEMPLATES.relativize(template) + ":" + (i + 1) + " <" + matcher.group(1) + ">");
						}
					}
				}
			}
		}
		assertThat(found).as("repeat a th:block holding the element and a space").isEmpty();
	}

	@Test
	void theInlinePatternFindsRepeatedSpans() {
		assertThat(REPEATED_INLINE.matcher("<span th:each=\"c : ${checks}\" th:text=\"${c}\"></span>").find()).isTrue();
		assertThat(REPEATED_INLINE.matcher("<span class=\"me-2\" th:each=\"c : ${checks}\">").find()).isTrue();
		assertThat(
				REPEATED_INLINE.matcher("<th:block th:each=\"c : ${checks}\"><span th:text=\"${c}\"></span> ").find())
			.isFalse();
		assertThat(REPEATED_INLINE.matcher("<tr th:each=\"row : ${rows}\">").find()).isFalse();
	}

	@Test
	void thePatternFindsTheFaultItGuardsAgainst() {
		assertThat(BARE_INDEX.matcher("th:text=\"${live[code]}\"").find()).isTrue();
		assertThat(BARE_INDEX.matcher("th:text=\"${a ? live[code] : '—'}\"").find()).isTrue();
		assertThat(BARE_INDEX.matcher("th:text=\"${live.get(code)}\"").find()).isFalse();
		assertThat(BARE_INDEX.matcher("th:text=\"${param.name[0]}\"").find()).isFalse();
		assertThat(BARE_INDEX.matcher("th:text=\"${live['1.4']}\"").find()).isFalse();
	}

}
