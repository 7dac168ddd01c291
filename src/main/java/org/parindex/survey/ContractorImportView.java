package org.parindex.survey;

import java.time.Instant;

/**
 * A contractor's table as last imported for an index set.
 *
 * @param contractor the contractor's name as the importer typed it (e.g. "Cục Thống kê")
 * @param fileName the uploaded file's name
 * @param rows how many result rows it holds
 */
public record ContractorImportView(long id, long indexSetId, String contractor, String fileName, int rows,
		String importedBy, Instant importedAt) {

}
