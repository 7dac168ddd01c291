package org.parindex.methodology;

import java.util.List;

import org.parindex.platform.ImportLimits;
import org.parindex.platform.ImportSettings;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The most nodes an index set may have, {@code parindex.methodology.max-nodes} (2,000 by
 * default): about twenty times a real set (the 2021 district set has 97 nodes, a
 * province's department set about 150), and small enough that the tree, its editor and
 * the public criteria page stay quick. It holds for every way into a set: import (the
 * file is refused at the first row past it, while it is read), the node editor, a copy
 * and a new set.
 */
@Component
public class IndexSetLimits {

	private final int maxNodes;

	private final ImportSettings imports;

	IndexSetLimits(@Value("${parindex.methodology.max-nodes:2000}") int maxNodes, ImportSettings imports) {
		if (maxNodes < 1) {
			throw new IllegalArgumentException("parindex.methodology.max-nodes must be at least 1");
		}
		this.maxNodes = maxNodes;
		this.imports = imports;
	}

	/** The most nodes of a set, at least 1. */
	public int maxNodes() {
		return this.maxNodes;
	}

	/**
	 * The bounds of an index-set file: the import's bytes and unzipped size, and at most
	 * {@link #maxNodes()} rows per sheet, refused with
	 * {@code methodology.file.too-many-nodes}.
	 */
	public ImportLimits fileLimits() {
		return this.imports.limits().withRows(this.maxNodes, "methodology.file.too-many-nodes");
	}

	/** The issue of a tree of {@code nodes} nodes, if it has more than allowed. */
	List<IndexSetIssue> check(int nodes) {
		return (nodes <= this.maxNodes) ? List.of()
				: List.of(new IndexSetIssue("", "methodology.index-set.too-many-nodes", List.of(nodes, this.maxNodes)));
	}

}
