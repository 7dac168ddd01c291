package org.parindex.assessment;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parindex.WebClient;
import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.MethodologyService;
import org.parindex.organization.OrganizationService;
import org.parindex.organization.UnitView;
import org.parindex.platform.FileNames;
import org.parindex.platform.FileStore;
import org.parindex.platform.StoredFile;
import org.parindex.platform.ZipBombs;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Evidence uploads through the real self-assessment page of the demo's 2022 cycle, as Đak
 * Pơ's officer: every malicious file of issue 8 is refused with a message in the user's
 * language, what was typed stays on the page and nothing is stored (no evidence row, no
 * file on disk); long and bidi names are cleaned; every size limit answers with our page,
 * our headers and the form kept where the server can keep it. The limits are small to
 * keep the test fast: 64 KB per evidence file, 256 KB per form post. Run against H2 and
 * PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "parindex.demo.enabled=true", "parindex.evidence.max-file-size=64KB",
				"spring.servlet.multipart.max-file-size=256KB", "spring.servlet.multipart.max-request-size=256KB" })
@DirtiesContext
abstract class EvidenceUploadScenario {

	private static final String PASSWORD = "parindex-demo";

	private static final String GROUP = "gia-lai-district";

	private static final int EVIDENCE_LIMIT = 64 * 1024;

	private static final int HARD_BOUND = 256 * 1024;

	private static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
			+ "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
		.getBytes(StandardCharsets.US_ASCII);

	private static final Path FILES = temporaryDirectory();

	@LocalServerPort
	int port;

	@Autowired
	MethodologyService methodology;

	@Autowired
	OrganizationService organization;

	@Autowired
	CycleService cycles;

	@Autowired
	FileStore store;

	@Autowired
	JdbcClient jdbc;

	IndexSetView set;

	UnitView dakPo;

	String unitPage;

	@DynamicPropertySource
	static void files(DynamicPropertyRegistry registry) {
		registry.add("parindex.files.directory", FILES::toString);
	}

	@BeforeEach
	void findTheCycleInProgress() {
		long group = this.organization.findGroup(GROUP).orElseThrow().id();
		this.set = this.methodology.find(2022, group).orElseThrow();
		this.dakPo = this.organization.findUnit("dak-po").orElseThrow();
		this.unitPage = "/assessment/cycles/" + this.cycles.findForSet(this.set.id()).orElseThrow().id() + "/unit";
	}

	@Test
	void refusesEveryMaliciousFileSayingWhyKeepingWhatWasTypedAndStoringNothing() {
		WebClient officer = signedIn("dakpo.canbo");
		Map<String, String> parts = new LinkedHashMap<>();
		parts.put("[Content_Types].xml", "<Types/>");
		parts.put("word/document.xml", "<document/>");
		parts.put("payload.exe", "MZ\u0000\u0000");
		parts.put("index.html", "<html><script>alert(1)</script></html>");
		byte[] payload = zip(parts);
		Map<String, byte[]> refused = new LinkedHashMap<>();
		refused.put("bao-cao.docx", payload);
		refused.put("archive.zip", payload);
		refused.put("bien-ban.odt", openDocumentWith("evil.exe"));
		refused.put("bom.docx", ZipBombs.officePackage("word/", 48));
		refused.put("bom.xlsx", ZipBombs.officePackage("xl/", 48));
		refused.put("poly.html", "%PDF-1.4\n<html><body><script>alert(document.cookie)</script></body></html>\n%%EOF\n"
			.getBytes(StandardCharsets.US_ASCII));
		refused.put("bao-cao\u202Efdp.exe", PDF);
		Map<String, String> why = Map.of("bao-cao.docx",
				"có chứa tệp chạy được, tệp lệnh hoặc trang web (“payload.exe”)", "archive.zip",
				"có chứa tệp chạy được, tệp lệnh hoặc trang web (“payload.exe”)", "bien-ban.odt",
				"có chứa tệp chạy được, tệp lệnh hoặc trang web (“evil.exe”)", "bom.docx",
				"nén hơn 100 lần (dấu hiệu của “bom nén”)", "bom.xlsx", "nén hơn 100 lần (dấu hiệu của “bom nén”)",
				"poly.html", "có chứa mã trang web (HTML, script)", "bao-caofdp.exe",
				"đuôi tên tệp không khớp với nội dung (nội dung là tệp .pdf). Chỉ nhận các đuôi: pdf, png, jpg, jpeg");
		long rows = evidenceCount();
		long stored = filesOnDisk();
		String score = input("1.4", "score");
		int attempt = 0;
		for (Map.Entry<String, byte[]> file : refused.entrySet()) {
			assertThat(file.getValue().length).as(file.getKey()).isLessThanOrEqualTo(EVIDENCE_LIMIT);
			String typed = "Giải trình lần " + (++attempt) + ": hồ sơ lưu tại Văn phòng";
			HttpResponse<String> response = officer.multipart(this.unitPage, this.unitPage, selfForm("1.4", "0", typed),
					List.of(new WebClient.FilePart("file.1.4", file.getKey(), file.getValue())));
			String shown = FileNames.clean(file.getKey());
			assertThat(response.statusCode()).as(file.getKey()).isEqualTo(200);
			assertThat(response.body()).as(file.getKey())
				.contains("Tệp " + shown, why.get(shown), "chưa lưu gì", typed)
				.doesNotContain("\u202E");
		}
		HttpResponse<String> english = officer.multipart(this.unitPage, this.unitPage + "?lang=en",
				selfForm("1.4", "0", "Typed in English"),
				List.of(new WebClient.FilePart("file.1.4", "bao-cao.docx", payload)));
		assertThat(english.body()).contains(
				"File bao-cao.docx was refused because it contains an executable, a script or a web page (“payload.exe”)",
				"nothing was saved", "Typed in English");
		assertThat(evidenceCount()).isEqualTo(rows);
		assertThat(filesOnDisk()).isEqualTo(stored);
		assertThat(input("1.4", "score")).isEqualTo(score);
	}

	@Test
	void storesLongAndBidiNamesCleaned() {
		WebClient officer = signedIn("dakpo.canbo");
		String longName = "Báo cáo kết quả cải cách hành chính năm 2022 ".repeat(14) + ".pdf";
		assertThat(longName.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(600);
		long before = this.jdbc.sql("select coalesce(max(id), 0) from assessment_evidence").query(Long.class).single();
		HttpResponse<String> saved = officer.multipart(this.unitPage, this.unitPage, selfForm("1.4", "1", ""),
				List.of(new WebClient.FilePart("file.1.4", longName, PDF),
						new WebClient.FilePart("file.1.4", "bao-cao\u202Etxt.pdf", PDF)));
		assertThat(saved.statusCode()).isEqualTo(302);
		List<String> names = this.jdbc
			.sql("select file_name from assessment_evidence where id > ? and file_name is not null order by id")
			.param(before)
			.query(String.class)
			.list();
		assertThat(names).hasSize(2);
		assertThat(names.get(0).getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(FileNames.MAX_BYTES);
		assertThat(names.get(0)).startsWith("Báo cáo kết quả cải cách hành chính năm 2022 Báo cáo").endsWith(".pdf");
		assertThat(names.get(1)).isEqualTo("bao-caotxt.pdf");
		assertThat(officer.page(this.unitPage + "?area=1").body()).contains(names.get(0), "bao-caotxt.pdf");
	}

	@Test
	void showsAndServesAStoredNameCleanedAndWithTheExtensionOfItsContent() throws IOException {
		WebClient officer = signedIn("dakpo.canbo");
		StoredFile file = this.store.store(new ByteArrayInputStream(PDF));
		for (String name : List.of("poly.html", "bao-cao\u202Efdp.exe")) {
			this.jdbc.sql("""
					insert into assessment_evidence (index_set_id, unit_id, leaf_code, phase, file_sha256, file_name,
					    media_type, file_size, created_by, created_at)
					values (?, ?, '1.4', 'SELF', ?, ?, 'application/pdf', ?, 'dakpo.canbo', ?)
					""")
				.params(this.set.id(), this.dakPo.id(), file.sha256(), name, file.size(), OffsetDateTime.now())
				.update();
		}
		String page = officer.page(this.unitPage + "?area=1").body();
		assertThat(page).contains("poly.pdf", "bao-caofdp.pdf").doesNotContain("poly.html", "\u202E");
		List<Long> ids = this.jdbc
			.sql("select id from assessment_evidence where unit_id = ? and file_name in ('poly.html', ?) order by id")
			.params(this.dakPo.id(), "bao-cao\u202Efdp.exe")
			.query(Long.class)
			.list();
		List<String> served = new ArrayList<>();
		for (long id : ids) {
			HttpResponse<byte[]> download = officer.download("/assessment/evidence/" + id);
			assertThat(download.statusCode()).isEqualTo(200);
			assertThat(download.headers().firstValue("Content-Type")).contains("application/pdf");
			assertThat(download.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
			assertThat(download.headers().firstValue("Content-Security-Policy"))
				.hasValueSatisfying((policy) -> assertThat(policy).contains("sandbox"));
			served.add(download.headers().firstValue("Content-Disposition").orElseThrow());
		}
		assertThat(served.get(0)).startsWith("attachment").contains("poly.pdf").doesNotContain(".html");
		assertThat(served.get(1)).startsWith("attachment").contains("bao-caofdp.pdf").doesNotContain("%E2%80%AE");
	}

	@Test
	void refusesAFileJustOverTheEvidenceLimitKeepingTheForm() {
		WebClient officer = signedIn("dakpo.canbo");
		long rows = evidenceCount();
		byte[] large = new byte[EVIDENCE_LIMIT + 1];
		System.arraycopy(PDF, 0, large, 0, PDF.length);
		HttpResponse<String> response = officer.multipart(this.unitPage, this.unitPage,
				selfForm("1.4", "0", "Đã gửi kèm kế hoạch"),
				List.of(new WebClient.FilePart("file.1.4", "ke-hoach.pdf", large)));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("Tệp ke-hoach.pdf vượt quá 64 KB; chưa lưu gì.", "Đã gửi kèm kế hoạch");
		assertThat(evidenceCount()).isEqualTo(rows);
	}

	@Test
	void answersAPostOverTheHardBoundWithOurPageInTheUsersLanguage() {
		WebClient officer = signedIn("dakpo.canbo");
		long rows = evidenceCount();
		byte[] huge = new byte[HARD_BOUND + 4096];
		System.arraycopy(PDF, 0, huge, 0, PDF.length);
		String formPage = this.unitPage + "?area=1";
		HttpResponse<String> refused = officer.multipart(formPage, this.unitPage, selfForm("1.4", "0", "Giải trình"),
				List.of(new WebClient.FilePart("file.1.4", "rat-lon.pdf", huge)),
				Map.of("Referer", "http://localhost:" + this.port + formPage));
		assertOurs(refused, formPage);
		assertThat(officer.page(formPage).body())
			.contains("Dữ liệu gửi lên vượt quá giới hạn của một lần gửi (256 KB cho cả biểu mẫu, 256 KB cho mỗi tệp)");
		assertThat(evidenceCount()).isEqualTo(rows);

		// A part header over Tomcat's limit: a file name of 5,000 bytes.
		HttpResponse<String> longHeader = officer.multipart(formPage, this.unitPage, selfForm("1.4", "0", "Giải trình"),
				List.of(new WebClient.FilePart("file.1.4", "a".repeat(5_000) + ".pdf", PDF)),
				Map.of("Referer", "http://localhost:" + this.port + formPage));
		assertOurs(longHeader, formPage);

		// Without a page to go back to (or another site's), the person's home page.
		HttpResponse<String> nowhere = officer.multipart(formPage, this.unitPage, selfForm("1.4", "0", "Giải trình"),
				List.of(new WebClient.FilePart("file.1.4", "rat-lon.pdf", huge)),
				Map.of("Referer", "https://example.org/assessment/cycles/1/unit"));
		assertOurs(nowhere, "/account");
		assertThat(officer.page("/account").body()).contains("Dữ liệu gửi lên vượt quá giới hạn");

		// A plain form over Tomcat's 2 MB of form fields.
		HttpResponse<String> plain = officer.post("/account/password", "/account/password",
				Map.of("currentPassword", "x".repeat(3 * 1024 * 1024)));
		assertOurs(plain, "/account");

		officer.page("/account?lang=en");
		HttpResponse<String> english = officer.multipart(formPage, this.unitPage, selfForm("1.4", "0", "Explained"),
				List.of(new WebClient.FilePart("file.1.4", "huge.pdf", huge)),
				Map.of("Referer", "http://localhost:" + this.port + formPage));
		assertOurs(english, formPage);
		assertThat(officer.page(formPage).body())
			.contains("What was sent is over the limit of one submission (256 KB for the whole form, 256 KB per file)");
		assertThat(evidenceCount()).isEqualTo(rows);
	}

	@Test
	void answersImportsOverTheHardBoundWithOurPageToo() {
		byte[] huge = new byte[HARD_BOUND + 4096];
		WebClient admin = signedIn("admin");
		HttpResponse<String> accounts = admin.multipart("/admin/identity/accounts", "/admin/identity/accounts/import",
				List.of(), List.of(new WebClient.FilePart("file", "tai-khoan.csv", huge)),
				Map.of("Referer", "http://localhost:" + this.port + "/admin/identity/accounts"));
		assertOurs(accounts, "/admin/identity/accounts");
		assertThat(admin.page("/admin/identity/accounts").body()).contains("Dữ liệu gửi lên vượt quá giới hạn");
		WebClient office = signedIn("sonoivu");
		String editor = "/admin/methodology/index-sets/" + this.set.id();
		HttpResponse<String> indexSet = office.multipart(editor, editor + "/import", List.of(),
				List.of(new WebClient.FilePart("file", "bo-chi-so.xlsx", huge)),
				Map.of("Referer", "http://localhost:" + this.port + editor));
		assertOurs(indexSet, editor);
		assertThat(office.page(editor).body()).contains("Dữ liệu gửi lên vượt quá giới hạn");
	}

	@Test
	void pagesCheckFileSizesBeforeSendingInThePagesLanguage() {
		WebClient officer = signedIn("dakpo.canbo");
		String page = officer.page(this.unitPage + "?area=1").body();
		assertThat(page).contains("/assets/js/uploads.js", "data-upload-limit=\"" + HARD_BOUND + "\"",
				"data-max-bytes=\"" + EVIDENCE_LIMIT + "\"", "Tệp %1 lớn hơn 64 KB", "tối đa 64 KB mỗi tệp");
		assertThat(officer.page(this.unitPage + "?area=1&lang=en").body()).contains("File %1 is larger than 64 KB");
		HttpResponse<String> script = officer.get("/assets/js/uploads.js", "*/*");
		assertThat(script.statusCode()).isEqualTo(200);
		assertThat(script.body()).contains("setCustomValidity", "preventDefault");
		assertThat(signedIn("admin").page("/admin/identity/accounts").body()).contains("/assets/js/uploads.js",
				"data-max-bytes=\"" + HARD_BOUND + "\"");
		assertThat(signedIn("sonoivu").page("/admin/methodology/index-sets/" + this.set.id()).body())
			.contains("/assets/js/uploads.js", "data-max-bytes=\"" + HARD_BOUND + "\"");
	}

	/** A redirect to our page with our headers, never Tomcat's 413. */
	private void assertOurs(HttpResponse<String> response, String location) {
		assertThat(response.body()).doesNotContain("HTTP Status", "Apache Tomcat");
		assertThat(response.statusCode()).isEqualTo(303);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((target) -> assertThat(target).endsWith(location));
		assertThat(response.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying((policy) -> assertThat(policy).contains("default-src 'self'"));
		assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
		assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
	}

	private WebClient signedIn(String username) {
		WebClient client = new WebClient(this.port);
		assertThat(client.signIn(username, PASSWORD).statusCode()).isEqualTo(302);
		return client;
	}

	private List<Map.Entry<String, String>> selfForm(String leaf, String score, String explanation) {
		List<Map.Entry<String, String>> fields = new ArrayList<>();
		fields.add(Map.entry("area", "1"));
		fields.add(Map.entry("leaf", leaf));
		fields.add(Map.entry("version." + leaf, version(leaf)));
		fields.add(Map.entry("input." + leaf + ".score", score));
		fields.add(Map.entry("explanation." + leaf, explanation));
		return fields;
	}

	private String version(String leaf) {
		return this.jdbc
			.sql("select version from assessment_leaf_entry where index_set_id = ? and unit_id = ? "
					+ "and leaf_code = ?")
			.params(this.set.id(), this.dakPo.id(), leaf)
			.query(Integer.class)
			.optional()
			.map(String::valueOf)
			.orElse("-1");
	}

	private String input(String leaf, String name) {
		return this.jdbc.sql("""
				select i.input_value from assessment_leaf_input i join assessment_leaf_entry e on e.id = i.entry_id
				where e.index_set_id = ? and e.unit_id = ? and e.leaf_code = ? and i.input_name = ?
				""")
			.params(this.set.id(), this.dakPo.id(), leaf, name)
			.query(java.math.BigDecimal.class)
			.optional()
			.map(java.math.BigDecimal::toPlainString)
			.orElse("");
	}

	private long evidenceCount() {
		return this.jdbc.sql("select count(*) from assessment_evidence").query(Long.class).single();
	}

	private static long filesOnDisk() {
		if (!Files.isDirectory(FILES)) {
			return 0;
		}
		try (Stream<Path> files = Files.walk(FILES)) {
			return files.filter(Files::isRegularFile).count();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] zip(Map<String, String> entries) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, String> entry : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue().getBytes(StandardCharsets.ISO_8859_1));
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * An OpenDocument text whose first entry is its stored mimetype, with one more file.
	 */
	private static byte[] openDocumentWith(String extra) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] declared = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			ZipEntry first = new ZipEntry("mimetype");
			first.setMethod(ZipEntry.STORED);
			first.setSize(declared.length);
			CRC32 crc = new CRC32();
			crc.update(declared);
			first.setCrc(crc.getValue());
			zip.putNextEntry(first);
			zip.write(declared);
			zip.closeEntry();
			for (String name : List.of("META-INF/manifest.xml", "content.xml", extra)) {
				zip.putNextEntry(new ZipEntry(name));
				zip.write((name.equals(extra) ? "MZ\u0000\u0000" : "<x/>").getBytes(StandardCharsets.ISO_8859_1));
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static Path temporaryDirectory() {
		try {
			return Files.createTempDirectory("parindex-evidence-it-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
