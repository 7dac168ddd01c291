package org.parindex.reporting;

import org.parindex.methodology.IndexSetSummary;
import org.parindex.methodology.MethodologyService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Databases created before publications kept each unit's tree have only the totals of
 * their published years. At start-up, the latest revision of each such year gets its
 * details from the entries, which cannot have changed since (a published year changes
 * only through a correction, which publishes a new revision). Earlier revisions keep
 * their totals only.
 */
@Component
class PublishedDetailsBackfill implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(PublishedDetailsBackfill.class);

	private final MethodologyService methodology;

	private final PublicationRepository publications;

	private final PublicationService service;

	PublishedDetailsBackfill(MethodologyService methodology, PublicationRepository publications,
			PublicationService service) {
		this.methodology = methodology;
		this.publications = publications;
		this.service = service;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		for (IndexSetSummary summary : this.methodology.list()) {
			if (!summary.published()) {
				continue;
			}
			this.publications.latest(summary.id())
				.filter((publication) -> !this.publications.hasNodes(publication.id()))
				.ifPresent((publication) -> {
					this.publications.addDetails(publication.id(),
							this.service.scoredNow(this.methodology.find(summary.id()).orElseThrow()));
					logger.info("Kept the details of the published results of {} (revision {})", summary.year(),
							publication.revision());
				});
		}
	}

}
