package org.parindex.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.parindex.platform.AuditableChange;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.util.unit.DataSize;

/**
 * The downloadable files of published results (the ranking, matrix and scorecard
 * workbooks, the results report and the units' reports as DOCX and PDF), built once per
 * published revision and then served from memory (issue 12, item 4). What a revision
 * published never changes, so a file is keyed by the revision's publication (its id) and
 * by what else it depends on (the unit, the language, the date a report is dated); a
 * correction publishes a new revision, whose files are new keys, so the old revision's
 * files are never served for it and leave the cache as the bound pushes them out. The
 * units' history is read when a file is built (a unit renamed, merged or split after
 * publication is named so), so a change of units or unit groups empties the cache once it
 * commits.
 * <p>
 * The cache is bounded by the files' total size ({@code parindex.reporting.file-cache},
 * 64 MB by default; 0 builds every file on each download); a file is built once even when
 * many ask for it at the same time. Each file carries an entity tag from its content and
 * its revision's publication time, for conditional downloads (304 Not Modified).
 */
@Component
public class ResultFiles {

	private final Cache<Key, ResultFile> files;

	private final AtomicLong builds = new AtomicLong();

	ResultFiles(@Value("${parindex.reporting.file-cache:64MB}") DataSize maxSize) {
		this.files = Caffeine.newBuilder()
			.maximumWeight(Math.max(0, maxSize.toBytes()))
			.weigher((Key key, ResultFile file) -> file.body().length + key.name().length())
			.build();
	}

	/**
	 * The file {@code name} of a published revision, built by {@code build} unless the
	 * cache holds it.
	 * @param publication the revision the file shows (the latest, for the current files)
	 * @param name what the file is, with everything it depends on besides the revision
	 * (e.g. {@code ranking-report.pdf@2026-12-02}, {@code scorecard/dak-po@vi.xlsx})
	 * @param build writes the file; its exceptions pass to the caller and nothing is kept
	 * @throws UncheckedIOException when {@code build} fails to write
	 */
	public ResultFile get(PublicationView publication, String name, Builder build) {
		return this.files.get(new Key(publication.id(), name), (key) -> {
			this.builds.incrementAndGet();
			try {
				byte[] body = build.build();
				return new ResultFile(body, entityTag(publication, name, body), publication.publishedAt());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	/**
	 * Forgets every file when units or unit groups change (renamed, merged, split,
	 * created), once the change commits: the files name units and their predecessors.
	 */
	@TransactionalEventListener(fallbackExecution = true)
	void unitsChanged(AuditableChange change) {
		if ("unit".equals(change.entityType()) || "unit-group".equals(change.entityType())) {
			this.files.invalidateAll();
		}
	}

	/** How many files were built since start (misses of the cache), for monitoring. */
	public long builds() {
		return this.builds.get();
	}

	private static String entityTag(PublicationView publication, String name, byte[] body) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(name.getBytes(StandardCharsets.UTF_8));
			digest.update(body);
			return "\"" + publication.id() + "-" + HexFormat.of().formatHex(digest.digest(), 0, 12) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	/** Writes one file. */
	@FunctionalInterface
	public interface Builder {

		byte[] build() throws IOException;

	}

	/**
	 * A built file.
	 *
	 * @param body its bytes
	 * @param entityTag a strong entity tag, quoted, for {@code ETag}
	 * @param lastModified when its revision was published, for {@code Last-Modified}
	 */
	public record ResultFile(byte[] body, String entityTag, Instant lastModified) {

	}

	private record Key(long publicationId, String name) {

	}

}
