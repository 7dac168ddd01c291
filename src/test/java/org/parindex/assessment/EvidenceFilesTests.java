package org.parindex.assessment;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parindex.platform.FileStore;
import org.parindex.platform.StoredFile;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EvidenceFilesTests {

	private static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	@TempDir
	Path directory;

	private final MemoryStore store = new MemoryStore();

	private final EvidenceFiles files = new EvidenceFiles(this.store, DataSize.ofKilobytes(4));

	@Test
	void storesAcceptedFilesWithTheTypeFoundInTheirContent() throws IOException {
		List<EvidenceFiles.Accepted> accepted = this.files.accept(List.of(upload("C:\\Users\\bao cao.pdf", PDF)));
		assertThat(accepted).singleElement().satisfies((file) -> {
			assertThat(file.name()).isEqualTo("bao cao.pdf");
			assertThat(file.mediaType()).isEqualTo("application/pdf");
			assertThat(file.size()).isEqualTo(PDF.length);
		});
		assertThat(this.store.files).hasSize(1);
	}

	@Test
	void refusesAFileAboveTheLimitNamingIt() throws IOException {
		byte[] large = new byte[5 * 1024];
		System.arraycopy(PDF, 0, large, 0, PDF.length);
		assertThatExceptionOfType(WorkflowException.class)
			.isThrownBy(() -> this.files.accept(List.of(upload("lon.pdf", large))))
			.satisfies((ex) -> {
				assertThat(ex.messageKey()).isEqualTo("assessment.file.too-large");
				assertThat(ex.arguments()).containsExactly("lon.pdf", "4 KB");
			});
		assertThat(this.store.files).isEmpty();
	}

	@Test
	void refusesHtmlAndExecutablesWhateverTheirNameAndStoresNothingOfTheRequest() throws IOException {
		UploadedFile good = upload("ke-hoach.pdf", PDF);
		UploadedFile html = upload("ke-hoach.pdf",
				"<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
		UploadedFile exe = upload("anh.png", new byte[] { 'M', 'Z', 0, 0, 0, 0, 0, 0 });
		for (UploadedFile bad : List.of(html, exe)) {
			assertThatExceptionOfType(WorkflowException.class).isThrownBy(() -> this.files.accept(List.of(good, bad)))
				.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("assessment.file.type"));
		}
		assertThat(this.store.files).isEmpty();
	}

	@Test
	void refusesAnEmptyFile() throws IOException {
		assertThatExceptionOfType(WorkflowException.class)
			.isThrownBy(() -> this.files.accept(List.of(upload("rong.pdf", new byte[0]))))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("assessment.file.empty"));
	}

	@Test
	void keepsOnlyTheLastSegmentOfTheNameWithoutControlCharacters() {
		assertThat(EvidenceFiles.cleanName("../../etc/passwd")).isEqualTo("passwd");
		assertThat(EvidenceFiles.cleanName("a\u0000b\r\n.pdf")).isEqualTo("ab.pdf");
		assertThat(EvidenceFiles.cleanName("  ")).isEqualTo("tep-dinh-kem");
		assertThat(EvidenceFiles.cleanName("Ba\u0301o ca\u0301o.pdf")).isEqualTo("Báo cáo.pdf");
	}

	private UploadedFile upload(String name, byte[] content) throws IOException {
		Path path = Files.createTempFile(this.directory, "upload", ".bin");
		Files.write(path, content);
		return new UploadedFile(name, path, content.length);
	}

	/** A file store in memory. */
	private static final class MemoryStore implements FileStore {

		private final Map<String, byte[]> files = new HashMap<>();

		@Override
		public StoredFile store(InputStream content) throws IOException {
			byte[] bytes = content.readAllBytes();
			try {
				String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
				this.files.put(hash, bytes);
				return new StoredFile(hash, bytes.length);
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		}

		@Override
		public InputStream open(String sha256) throws IOException {
			byte[] bytes = this.files.get(sha256);
			if (bytes == null) {
				throw new FileNotFoundException(sha256);
			}
			return new ByteArrayInputStream(bytes);
		}

		@Override
		public boolean exists(String sha256) {
			return this.files.containsKey(sha256);
		}

		@Override
		public int sweep(java.util.function.Predicate<String> referenced, java.time.Duration grace,
				java.time.Instant now) {
			int before = this.files.size();
			this.files.keySet().removeIf(referenced.negate());
			return before - this.files.size();
		}

	}

}
