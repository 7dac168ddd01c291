package org.parindex.platform;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.parindex.engine.ProblemKind;
import org.parindex.organization.UnitKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text a user reads comes from {@code messages_vi} and {@code messages_en}: both
 * bundles have the same keys, every key a template or the code names exists, and no
 * template carries literal text.
 */
class I18nTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/** A tag, with quoted attribute values that may contain {@code >}. */
	private static final String TAG = "<(?:[^>\"']|\"[^\"]*\"|'[^']*')*>";

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-z][a-z0-9.-]*)[}(]");

	/**
	 * Attributes whose value a user reads (shown or spoken); they must be th: attributes.
	 */
	private static final Pattern READABLE_ATTRIBUTE = Pattern
		.compile("\\s(title|alt|placeholder|aria-label|value)=\"([^\"]*)\"");

	@Test
	void bothLanguagesHaveTheSameKeys() throws IOException {
		Set<String> vietnamese = load("messages_vi.properties").stringPropertyNames();
		Set<String> english = load("messages_en.properties").stringPropertyNames();
		assertThat(difference(vietnamese, english)).as("keys missing from messages_en").isEmpty();
		assertThat(difference(english, vietnamese)).as("keys missing from messages_vi").isEmpty();
	}

	/**
	 * A key defined twice silently takes the later text (two areas appending the same key
	 * put an error message under a column header): every key is defined once.
	 */
	@Test
	void noKeyIsDefinedTwice() throws IOException {
		for (String bundle : List.of("messages_vi.properties", "messages_en.properties")) {
			Map<String, Integer> counts = new java.util.TreeMap<>();
			try (var in = I18nTests.class.getClassLoader().getResourceAsStream(bundle)) {
				new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
					.map(String::strip)
					.filter((line) -> !line.isEmpty() && !line.startsWith("#") && !line.startsWith("!")
							&& line.contains("="))
					.forEach((line) -> counts.merge(line.substring(0, line.indexOf('=')).strip(), 1, Integer::sum));
			}
			counts.values().removeIf((count) -> count == 1);
			assertThat(counts).as("keys defined more than once in " + bundle).isEmpty();
		}
	}

	@Test
	void noMessageIsEmpty() throws IOException {
		for (String bundle : List.of("messages_vi.properties", "messages_en.properties")) {
			Properties messages = load(bundle);
			for (String key : messages.stringPropertyNames()) {
				assertThat(messages.getProperty(key).strip()).as("%s in %s", key, bundle).isNotEmpty();
			}
		}
	}

	@Test
	void everyKeyNamedInTemplatesExists() throws IOException {
		Set<String> keys = load("messages_vi.properties").stringPropertyNames();
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher matcher = MESSAGE_KEY.matcher(Files.readString(template));
			while (matcher.find()) {
				if (!keys.contains(matcher.group(1))) {
					missing.add(template.getFileName() + ": " + matcher.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyKeyBuiltInCodeExists() throws IOException {
		Set<String> keys = load("messages_vi.properties").stringPropertyNames();
		for (ProblemKind kind : ProblemKind.values()) {
			assertThat(keys).contains(kind.messageKey());
		}
		for (UnitKind kind : UnitKind.values()) {
			assertThat(keys).contains("unit.title." + kind.key(), "unit.in-text." + kind.key(),
					"unit.noun." + kind.key());
		}
		assertThat(keys).contains("component.appraisal", "component.survey");
		for (org.parindex.identity.Role role : org.parindex.identity.Role.values()) {
			assertThat(keys).contains(role.messageKey());
		}
		for (org.parindex.organization.UnitEventType type : org.parindex.organization.UnitEventType.values()) {
			assertThat(keys).contains("unit.event." + type.name().toLowerCase(java.util.Locale.ROOT));
		}
		for (org.parindex.assessment.DossierStatus status : org.parindex.assessment.DossierStatus.values()) {
			assertThat(keys).contains(status.messageKey());
			if (!status.editable()) {
				assertThat(keys).contains("assessment.dossier." + status.name().toLowerCase(java.util.Locale.ROOT));
			}
		}
		for (org.parindex.assessment.AdjustmentStatus status : org.parindex.assessment.AdjustmentStatus.values()) {
			assertThat(keys).contains(status.messageKey());
		}
		for (org.parindex.assessment.AdjustmentKind kind : org.parindex.assessment.AdjustmentKind.values()) {
			assertThat(keys).contains("adjustment.kind." + kind.name().toLowerCase(java.util.Locale.ROOT));
		}
		for (org.parindex.assessment.Stage stage : org.parindex.assessment.Stage.values()) {
			assertThat(keys).contains(stage.messageKey());
		}
		for (String step : List.of("self.saved", "self.file-added", "self.document-added", "self.evidence-removed",
				"round1.scored", "round1.flagged", "explanation.answered", "explanation.file-added",
				"explanation.evidence-removed", "round2.finalized", "council.finalized", "correction.corrected")) {
			assertThat(keys).contains("history." + step);
		}
	}

	@Test
	void everyRuleInputHasALabel() throws IOException {
		Set<String> keys = load("messages_vi.properties").stringPropertyNames();
		for (String input : List.of(org.parindex.engine.Rule.Manual.SCORE, org.parindex.engine.Rule.YesNo.MET,
				org.parindex.engine.Rule.Ratio.ACTUAL, org.parindex.engine.Rule.Ratio.BASE,
				org.parindex.engine.Rule.Bands.VALUE, org.parindex.engine.Rule.Count.COUNT,
				org.parindex.engine.Rule.Survey.MEAN)) {
			assertThat(keys).contains("rule.input." + input);
		}
	}

	@Test
	void templatesHaveNoLiteralText() throws IOException {
		List<String> literals = new ArrayList<>();
		for (Path template : templates()) {
			String html = Files.readString(template)
				.replaceAll("(?s)<!--.*?-->", "")
				.replaceAll("(?s)<script[^>]*>.*?</script>", "")
				.replaceAll("(?s)<style[^>]*>.*?</style>", "");
			Matcher attributes = READABLE_ATTRIBUTE.matcher(html);
			while (attributes.find()) {
				if (attributes.group(2).chars().anyMatch(Character::isLetter)) {
					literals.add(template.getFileName() + ": " + attributes.group());
				}
			}
			for (String text : html.replaceAll(TAG, "\n").split("\n")) {
				String trimmed = text.strip();
				if (!trimmed.isEmpty() && trimmed.codePoints().anyMatch(Character::isLetter)) {
					literals.add(template.getFileName() + ": " + trimmed);
				}
			}
		}
		assertThat(literals).as("literal text in templates; use #{…} messages").isEmpty();
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter((file) -> file.toString().endsWith(".html")).toList();
		}
	}

	/**
	 * No key is left behind by a change that stopped using it (issue 9): each key is
	 * named in the code or the templates, or starts with a prefix they build keys from
	 * ({@code "audit.value." + field}); the Bean Validation defaults are read by the
	 * validator itself.
	 */
	@Test
	void everyKeyIsUsed() throws IOException {
		StringBuilder sources = new StringBuilder();
		for (Path root : List.of(Path.of("src/main/java"), Path.of("src/main/resources"))) {
			try (Stream<Path> files = Files.walk(root)) {
				for (Path file : files.filter(Files::isRegularFile)
					.filter((f) -> !f.getFileName().toString().startsWith("messages"))
					.filter((f) -> f.toString().endsWith(".java") || f.toString().endsWith(".html")
							|| f.toString().endsWith(".js"))
					.toList()) {
					sources.append(Files.readString(file)).append('\n');
				}
			}
		}
		String text = sources.toString();
		Set<String> prefixes = new TreeSet<>();
		Matcher prefix = Pattern.compile("[\"']([a-z][A-Za-z0-9_.-]*[.-])[\"']").matcher(text);
		while (prefix.find()) {
			prefixes.add(prefix.group(1));
		}
		Set<String> unused = new TreeSet<>();
		for (String key : load("messages_vi.properties").stringPropertyNames()) {
			boolean named = Pattern
				.compile("(?<![A-Za-z0-9_.-])" + Pattern.quote(key) + "(?![A-Za-z0-9_-]|\\.[A-Za-z0-9])")
				.matcher(text)
				.find();
			if (!named && !key.startsWith("jakarta.validation.") && prefixes.stream().noneMatch(key::startsWith)) {
				unused.add(key);
			}
		}
		assertThat(unused).as("keys no code or template uses").isEmpty();
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(Files.newInputStream(Path.of("src/main/resources").resolve(name)),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	private static Set<String> difference(Set<String> left, Set<String> right) {
		Set<String> difference = new TreeSet<>(left);
		difference.removeAll(right);
		return difference;
	}

}
