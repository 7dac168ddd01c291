package org.parindex.contest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message key the question bank builds in code (difficulties, kinds, columns of
 * each field, faults, the draw's refusals) exists in both languages, so that no page or
 * file error shows a raw key.
 */
class QuestionMessagesTests {

	private static final Pattern KEY = Pattern.compile("\"(contest\\.(?:question|bank)\\.[a-z0-9.-]+)\"");

	@Test
	void everyKeyTheBankBuildsExistsInBothLanguages() throws IOException {
		List<String> keys = new ArrayList<>();
		for (QuestionDifficulty difficulty : QuestionDifficulty.values()) {
			keys.add(difficulty.messageKey());
		}
		for (QuestionKind kind : QuestionKind.values()) {
			keys.add(kind.messageKey());
		}
		for (String field : QuestionFiles.FIELDS) {
			keys.add("contest.question.column." + field);
		}
		keys.addAll(List.of("contest.question.column.options", "contest.question.column.header"));
		for (String level : List.of("cell", "category", "difficulty", "any")) {
			keys.add("contest.question.draw.short." + level);
		}
		for (Path source : List.of(Path.of("src/main/java/org/parindex/contest"),
				Path.of("src/main/java/org/parindex/contest/web"))) {
			try (var files = Files.list(source)) {
				for (Path file : files.filter((f) -> f.getFileName().toString().startsWith("Question")).toList()) {
					Matcher matcher = KEY.matcher(Files.readString(file));
					while (matcher.find()) {
						if (!matcher.group(1).endsWith(".")) {
							keys.add(matcher.group(1));
						}
					}
				}
			}
		}
		assertThat(keys).hasSizeGreaterThan(40);
		for (String bundle : List.of("messages_vi.properties", "messages_en.properties")) {
			Properties messages = new Properties();
			try (InputStream in = getClass().getResourceAsStream("/" + bundle)) {
				messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
			assertThat(keys).as(bundle).allSatisfy((key) -> assertThat(messages).containsKey(key));
		}
	}

}
