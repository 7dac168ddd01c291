package org.parindex.platform;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FileNamesTests {

	@Test
	void removesARightToLeftOverrideSoTheNameShowsWhatItIs() {
		// Shown as "bao-caoexe.pdf" by a browser, but it ends in ".exe".
		assertThat(FileNames.clean("bao-cao\u202Efdp.exe")).isEqualTo("bao-caofdp.exe");
	}

	@Test
	void removesEveryBidiAndInvisibleFormatCharacter() {
		String invisible = "\u061C\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2060\u2066\u2067\u2068"
				+ "\u2069\uFEFF\u00AD";
		assertThat(FileNames.clean("ke" + invisible + "-hoach.pdf")).isEqualTo("ke-hoach.pdf");
	}

	@Test
	void removesControlCharactersAndLineSeparators() {
		assertThat(FileNames.clean("a\u0000b\r\n\t\u007F\u0085\u2028\u2029.pdf")).isEqualTo("ab.pdf");
	}

	@Test
	void keepsOnlyTheLastPathSegment() {
		assertThat(FileNames.clean("../../etc/passwd")).isEqualTo("passwd");
		assertThat(FileNames.clean("C:\\Users\\can bo\\bao cao.pdf")).isEqualTo("bao cao.pdf");
	}

	@Test
	void replacesCharactersWindowsReservesAndDefusesReservedNames() {
		assertThat(FileNames.clean("bao<cao>:\"x\"|y?*.pdf")).isEqualTo("bao_cao___x__y__.pdf");
		assertThat(FileNames.clean("CON.pdf")).isEqualTo("_CON.pdf");
		assertThat(FileNames.clean("nul")).isEqualTo("_nul");
		assertThat(FileNames.clean("com1.docx")).isEqualTo("_com1.docx");
		assertThat(FileNames.clean("LPT9.tar.gz")).isEqualTo("_LPT9.tar.gz");
		assertThat(FileNames.clean("CONSOLE.pdf")).isEqualTo("CONSOLE.pdf");
	}

	@Test
	void dropsLeadingAndTrailingDotsAndSpaces() {
		assertThat(FileNames.clean("  bao cao.pdf. . ")).isEqualTo("bao cao.pdf");
		assertThat(FileNames.clean(".htaccess")).isEqualTo("htaccess");
	}

	@Test
	void writesVietnameseInNfcAndSpacesAsOneSpace() {
		assertThat(FileNames.clean("Ba\u0301o   ca\u0301o\u00A0\u3000năm.pdf")).isEqualTo("Báo cáo năm.pdf");
	}

	@Test
	void boundsTheLengthInUtf8BytesKeepingTheExtension() {
		String name = "ạ".repeat(200) + ".pdf";
		assertThat(name.getBytes(StandardCharsets.UTF_8)).hasSize(604);
		String clean = FileNames.clean(name);
		assertThat(clean.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(FileNames.MAX_BYTES);
		assertThat(clean).endsWith(".pdf").startsWith("ạạạ");
		assertThat(Normalizer.isNormalized(clean, Normalizer.Form.NFC)).isTrue();
		String emoji = "😀".repeat(100) + ".docx";
		String cleanEmoji = FileNames.clean(emoji);
		assertThat(cleanEmoji.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(FileNames.MAX_BYTES);
		assertThat(cleanEmoji).endsWith(".docx");
		assertThat(cleanEmoji.codePoints().filter((c) -> Character.getType(c) == Character.SURROGATE)).isEmpty();
	}

	@Test
	void namesSomethingWhenNothingIsLeft() {
		assertThat(FileNames.clean("  ")).isEqualTo(FileNames.FALLBACK);
		assertThat(FileNames.clean("\u202E\u200B")).isEqualTo(FileNames.FALLBACK);
		assertThat(FileNames.clean(null)).isEqualTo(FileNames.FALLBACK);
	}

	@Test
	void agreesOnlyWithAnExtensionOfTheDetectedType() {
		assertThat(FileNames.agreeing("bao-cao.PDF", FileType.PDF)).contains("bao-cao.PDF");
		assertThat(FileNames.agreeing("anh.jpeg", FileType.JPEG)).contains("anh.jpeg");
		assertThat(FileNames.agreeing("anh.jpg", FileType.JPEG)).contains("anh.jpg");
		assertThat(FileNames.agreeing("poly.html", FileType.PDF)).isEmpty();
		assertThat(FileNames.agreeing("archive.zip", FileType.DOCX)).isEmpty();
		assertThat(FileNames.agreeing("bao-caofdp.exe", FileType.PDF)).isEmpty();
		assertThat(FileNames.agreeing("bien-ban.doc", FileType.DOCX)).isEmpty();
		assertThat(FileNames.agreeing("bao-cao.2022", FileType.PDF)).isEmpty();
	}

	@Test
	void givesANameWithoutExtensionTheTypesOwn() {
		assertThat(FileNames.agreeing("bao-cao", FileType.PDF)).contains("bao-cao.pdf");
		assertThat(FileNames.agreeing("Báo cáo v1. ban cuoi", FileType.DOCX)).contains("Báo cáo v1. ban cuoi.docx");
	}

	@Test
	void namesADownloadByItsTypeWhateverWasStored() {
		assertThat(FileNames.forDownload("poly.html", FileType.PDF)).isEqualTo("poly.pdf");
		assertThat(FileNames.forDownload("bao-cao\u202Efdp.exe", FileType.PDF)).isEqualTo("bao-caofdp.pdf");
		assertThat(FileNames.forDownload("bien-ban.docx", FileType.DOCX)).isEqualTo("bien-ban.docx");
		assertThat(FileNames.forDownload("so-lieu", FileType.XLSX)).isEqualTo("so-lieu.xlsx");
	}

}
