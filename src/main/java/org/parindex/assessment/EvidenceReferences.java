package org.parindex.assessment;

import org.parindex.platform.FileReferences;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The stored files the evidence rows of every dossier still name. */
@Component
class EvidenceReferences implements FileReferences {

	private final DossierRepository dossiers;

	EvidenceReferences(DossierRepository dossiers) {
		this.dossiers = dossiers;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean references(String sha256) {
		return this.dossiers.referencesFile(sha256);
	}

}
