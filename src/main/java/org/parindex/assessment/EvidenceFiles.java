package org.parindex.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.parindex.platform.FileNames;
import org.parindex.platform.FileStore;
import org.parindex.platform.FileType;
import org.parindex.platform.FileTypes;
import org.parindex.platform.StoredFile;
import org.parindex.platform.UnacceptableFileException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Checks uploaded evidence and stores it: at most {@code parindex.evidence.max-file-size}
 * (20 MB by default), of an accepted type judged by content (PDF, images, office
 * documents; {@link FileTypes#check}, which also looks inside office packages), never by
 * the file's name, and under a cleaned name ({@link FileNames#clean}) whose extension
 * agrees with that type ({@link FileNames#agreeing}). Every file of a request is checked
 * before any is stored, so a refused upload changes nothing.
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
	 * Checks every file, then stores them; nothing is stored unless every file passes.
	 * @throws WorkflowException naming the file refused and why; for several refused
	 * files a {@link RefusedLeavesException} naming each (issue 9: of two refused files
	 * only the first was explained)
	 */
	List<Accepted> accept(List<UploadedFile> files) {
		List<FileType> types = new ArrayList<>();
		List<String> names = new ArrayList<>();
		List<WorkflowException> refusals = new ArrayList<>();
		for (UploadedFile file : files) {
			String name = cleanName(file.originalName());
			try {
				if (file.size() <= 0) {
					throw new WorkflowException("assessment.file.empty", name);
				}
				if (file.size() > this.maxSize.toBytes()) {
					throw new WorkflowException("assessment.file.too-large", name, shown(this.maxSize));
				}
				FileType type = type(file, name);
				types.add(type);
				names.add(FileNames.agreeing(name, type)
					.orElseThrow(() -> new WorkflowException("assessment.file.extension", name, type.extension(),
							FileType.acceptedExtensions())));
			}
			catch (WorkflowException ex) {
				refusals.add(ex);
			}
		}
		if (refusals.size() == 1) {
			throw refusals.get(0);
		}
		if (!refusals.isEmpty()) {
			throw new RefusedLeavesException(refusals);
		}
		List<Accepted> accepted = new ArrayList<>();
		for (int i = 0; i < files.size(); i++) {
			UploadedFile file = files.get(i);
			try (InputStream content = Files.newInputStream(file.content())) {
				StoredFile stored = this.store.store(content);
				accepted.add(new Accepted(stored.sha256(), stored.size(), types.get(i).mediaType(), names.get(i)));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return accepted;
	}

	/**
	 * The type found in the content.
	 * @throws WorkflowException {@code assessment.file.type} when it is none accepted,
	 * {@code assessment.file.refused} with the reason as a message when it carries what
	 * it must not
	 */
	private static FileType type(UploadedFile file, String name) {
		try {
			return FileTypes.check(file.content());
		}
		catch (UnacceptableFileException ex) {
			if (ex.messageKey().equals(UnacceptableFileException.NOT_ACCEPTED)) {
				throw new WorkflowException("assessment.file.type", name);
			}
			throw new WorkflowException("assessment.file.refused", name,
					new DefaultMessageSourceResolvable(new String[] { ex.messageKey() }, ex.arguments()));
		}
		catch (IOException ex) {
			throw new WorkflowException("assessment.file.type", name);
		}
	}

	InputStream open(String sha256) throws IOException {
		return this.store.open(sha256);
	}

	/** A size as people say it: 20 MB, 64 KB. */
	static String shown(DataSize size) {
		return (size.toMegabytes() >= 1) ? size.toMegabytes() + " MB" : size.toKilobytes() + " KB";
	}

	/**
	 * What the browser sent, made safe to store and show: see {@link FileNames#clean}
	 * (last path segment, NFC, no control or bidi characters, bounded length).
	 */
	static String cleanName(String original) {
		return FileNames.clean(original);
	}

	/** A stored file with what the evidence row records. */
	record Accepted(String sha256, long size, String mediaType, String name) {

	}

}
