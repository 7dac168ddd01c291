package org.parindex.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

class TabularFilesTests {

	@Test
	void readsQuotedFieldsWithCommasQuotesAndLineBreaks() {
		assertThat(TabularFiles.csv("a,\"b, c\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",,end\n"))
			.containsExactly(List.of("a", "b, c", "say \"hi\""), List.of("two\nlines", "", "end"));
	}

	@Test
	void readsCsvWithAByteOrderMarkByItsExtension() throws IOException {
		byte[] bytes = "\uFEFFmã,tên\r\n1,Đak Pơ".getBytes(StandardCharsets.UTF_8);
		assertThat(TabularFiles.read("x.CSV", new ByteArrayInputStream(bytes))).containsExactly(List.of("mã", "tên"),
				List.of("1", "Đak Pơ"));
	}

	@Test
	void refusesAFileThatIsNotAWorkbook() {
		assertThatIOException().isThrownBy(() -> TabularFiles.read("x.xlsx",
				new ByteArrayInputStream("not a workbook".getBytes(StandardCharsets.UTF_8))));
	}

}
