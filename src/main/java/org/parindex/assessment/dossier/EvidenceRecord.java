package org.parindex.assessment.dossier;

import java.util.Optional;

import org.parindex.assessment.EvidenceView;

/**
 * A piece of a dossier's evidence as stored: the view pages show, and the stored file's
 * hash (empty for a document reference).
 *
 * @param id 0 until stored
 */
public record EvidenceRecord(long id, Optional<String> sha256, EvidenceView view) {

}
