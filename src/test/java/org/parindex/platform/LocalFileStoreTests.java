package org.parindex.platform;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LocalFileStoreTests {

	/** SHA-256 of "hello", as {@code sha256sum} prints it. */
	private static final String HELLO = "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824";

	@TempDir
	Path directory;

	@Test
	void storesContentUnderItsHashAndOpensItAgain() throws IOException {
		FileStore store = new LocalFileStore(this.directory);
		StoredFile stored = store.store(bytes("hello"));
		assertThat(stored).isEqualTo(new StoredFile(HELLO, 5));
		assertThat(store.exists(HELLO)).isTrue();
		assertThat(this.directory.resolve("2c").resolve(HELLO)).hasContent("hello");
		try (InputStream in = store.open(HELLO)) {
			assertThat(in.readAllBytes()).asString(StandardCharsets.UTF_8).isEqualTo("hello");
		}
	}

	@Test
	void storesTheSameContentOnce() throws IOException {
		FileStore store = new LocalFileStore(this.directory);
		StoredFile first = store.store(bytes("hello"));
		StoredFile second = store.store(bytes("hello"));
		assertThat(second).isEqualTo(first);
		try (Stream<Path> files = Files.walk(this.directory)) {
			assertThat(files.filter(Files::isRegularFile)).containsExactly(this.directory.resolve("2c").resolve(HELLO));
		}
	}

	@Test
	void createsItsDirectoryWhenFirstNeeded() throws IOException {
		Path nested = this.directory.resolve("not").resolve("yet");
		FileStore store = new LocalFileStore(nested);
		assertThat(store.exists(HELLO)).isFalse();
		store.store(bytes("hello"));
		assertThat(nested.resolve("2c").resolve(HELLO)).exists();
	}

	@Test
	void storesEmptyContent() throws IOException {
		FileStore store = new LocalFileStore(this.directory);
		StoredFile stored = store.store(bytes(""));
		assertThat(stored)
			.isEqualTo(new StoredFile("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", 0));
	}

	@Test
	void reportsMissingContentAsFileNotFound() {
		FileStore store = new LocalFileStore(this.directory);
		assertThat(store.exists(HELLO)).isFalse();
		assertThatExceptionOfType(FileNotFoundException.class).isThrownBy(() -> store.open(HELLO));
	}

	@ParameterizedTest
	@ValueSource(strings = { "../etc/passwd", "2CF24DBA5FB0A30E26E83B2AC5B9E29E1B161E5C1FA7425E73043362938B9824",
			"2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b982",
			"2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b98244", "../../../../../../../../etc/passwd",
			"2c/../../2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e7304336", "..", "",
			"2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b982\n" })
	void refusesAnythingButALowerCaseHexHash(String sha256) {
		FileStore store = new LocalFileStore(this.directory);
		assertThatIllegalArgumentException().isThrownBy(() -> store.open(sha256));
		assertThatIllegalArgumentException().isThrownBy(() -> store.exists(sha256));
	}

	private static InputStream bytes(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

}
