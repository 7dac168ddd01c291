package org.parindex.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;

/**
 * Reads the demo's tab-separated files under {@code demo/}: a header row, then one row
 * per record; lines starting with {@code #} are notes.
 */
final class DemoData {

	private DemoData() {
	}

	/**
	 * The rows of a file as maps from column name to value (empty for a missing cell).
	 */
	static List<Map<String, String>> read(String name) {
		ClassPathResource resource = new ClassPathResource("demo/" + name);
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
			List<Map<String, String>> rows = new ArrayList<>();
			String[] header = null;
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] cells = line.split("\t", -1);
				if (header == null) {
					header = cells;
					continue;
				}
				Map<String, String> row = new HashMap<>();
				for (int i = 0; i < header.length; i++) {
					row.put(header[i], (i < cells.length) ? cells[i].strip() : "");
				}
				rows.add(row);
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read demo/" + name, ex);
		}
	}

	/** {@code actual=2268; base=3240} as named decimals. */
	static Map<String, BigDecimal> inputs(String text) {
		Map<String, BigDecimal> inputs = new LinkedHashMap<>();
		Arrays.stream(text.split(";")).map(String::strip).filter((part) -> !part.isEmpty()).forEach((part) -> {
			int equals = part.indexOf('=');
			inputs.put(part.substring(0, equals).strip(), new BigDecimal(part.substring(equals + 1).strip()));
		});
		return inputs;
	}

}
