package org.parindex.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes stored files nothing refers to: evidence removed by its unit, and files left by
 * an upload whose save was refused or failed (files are stored before the save's
 * transaction, so that no lock is held while a large file is checked and hashed). Runs
 * daily at 02h00 Vietnam time on one instance ({@code parindex.files.sweep-cron}); a file
 * must have been untouched for {@code parindex.files.sweep-grace} (a day by default)
 * before it may go, far longer than any save takes.
 */
@Component
public class FileSweeper {

	private static final Logger logger = LoggerFactory.getLogger(FileSweeper.class);

	private final FileStore store;

	private final List<FileReferences> references;

	private final Duration grace;

	private final Clock clock;

	FileSweeper(FileStore store, List<FileReferences> references,
			@Value("${parindex.files.sweep-grace:P1D}") Duration grace, Clock clock) {
		this.store = store;
		this.references = references;
		this.grace = grace;
		this.clock = clock;
	}

	/**
	 * Deletes every stored file that no module refers to and that was untouched for the
	 * grace period.
	 * @return how many files were deleted
	 * @throws UncheckedIOException when the store cannot be read
	 */
	public int sweep() {
		Instant now = Instant.now(this.clock);
		try {
			int deleted = this.store.sweep(
					(sha256) -> this.references.stream().anyMatch((module) -> module.references(sha256)), this.grace,
					now);
			if (deleted > 0) {
				logger.info("File store: {} file(s) nothing refers to deleted", deleted);
			}
			return deleted;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The scheduled run (absent when {@code parindex.scheduling.enabled=false}). */
	@Component
	@org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty(name = "parindex.scheduling.enabled",
			matchIfMissing = true)
	static class Schedule {

		private final FileSweeper sweeper;

		Schedule(FileSweeper sweeper) {
			this.sweeper = sweeper;
		}

		@Scheduled(cron = "${parindex.files.sweep-cron:0 0 2 * * *}", zone = "Asia/Ho_Chi_Minh")
		@SchedulerLock(name = "platform-file-sweep", lockAtMostFor = "PT1H")
		void run() {
			this.sweeper.sweep();
		}

	}

}
