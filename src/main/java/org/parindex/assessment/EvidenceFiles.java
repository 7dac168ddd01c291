package org.parindex.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.parindex.platform.FileStore;
import org.parindex.platform.FileType;
import org.parindex.platform.FileTypes;
import org.parindex.platform.StoredFile;
import org.parindex.platform.Text;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Checks uploaded evidence and stores it: at most {@code parindex.evidence.max-file-size}
 * (20 MB by default), and of an accepted type judged by content (PDF, images, office
 * documents), never by the file's name. Every file of a request is checked before any is
 * stored, so a refused upload changes nothing.
 */
@Component
class EvidenceFiles {

	private final FileStore store;

	private final DataSize maxSize;

	EvidenceFiles(FileStore store, @Value("${parindex.evidence.max-file-size:20MB}") DataSize maxSize) {
		this.store = store;
		this.maxSize = maxSize;
	}

	/**
	 * Checks every file, then stores them.
	 * @throws WorkflowException naming the first file refused and why
	 */
	List<Accepted> accept(List<UploadedFile> files) {
		List<FileType> types = new ArrayList<>();
		for (UploadedFile file : files) {
			String name = cleanName(file.originalName());
			if (file.size() <= 0) {
				throw new WorkflowException("assessment.file.empty", name);
			}
			if (file.size() > this.maxSize.toBytes()) {
				throw new WorkflowException("assessment.file.too-large", name, shown(this.maxSize));
			}
			try {
				types.add(FileTypes.detect(file.content())
					.orElseThrow(() -> new WorkflowException("assessment.file.type", name)));
			}
			catch (IOException ex) {
				throw new WorkflowException("assessment.file.type", name);
			}
		}
		List<Accepted> accepted = new ArrayList<>();
		for (int i = 0; i < files.size(); i++) {
			UploadedFile file = files.get(i);
			try (InputStream content = Files.newInputStream(file.content())) {
				StoredFile stored = this.store.store(content);
				accepted.add(new Accepted(stored.sha256(), stored.size(), types.get(i).mediaType(),
						cleanName(file.originalName())));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return accepted;
	}

	InputStream open(String sha256) throws IOException {
		return this.store.open(sha256);
	}

	/** A size as people say it: 20 MB, 64 KB. */
	static String shown(DataSize size) {
		return (size.toMegabytes() >= 1) ? size.toMegabytes() + " MB" : size.toKilobytes() + " KB";
	}

	/** The last segment of what the browser sent, in NFC, without control characters. */
	static String cleanName(String original) {
		String name = Text.normalize(original);
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("\\p{Cntrl}", "").strip();
		if (name.length() > 200) {
			name = name.substring(name.length() - 200);
		}
		return name.isEmpty() ? "tep-dinh-kem" : name;
	}

	/** A stored file with what the evidence row records. */
	record Accepted(String sha256, long size, String mediaType, String name) {

	}

}
