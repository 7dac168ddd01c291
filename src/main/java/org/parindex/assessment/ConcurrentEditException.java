package org.parindex.assessment;

import org.parindex.platform.LocalizedException;

/**
 * Someone else changed a leaf since the form was loaded; nothing was saved, so that no
 * one's work is silently overwritten. Arguments: the leaf code and who changed it.
 */
public class ConcurrentEditException extends LocalizedException {

	public ConcurrentEditException(String leafCode, String changedBy) {
		super("assessment.conflict", leafCode, changedBy);
	}

	/** Someone else entered the leaf first, while this form saw no entry. */
	public ConcurrentEditException(String leafCode) {
		super("assessment.conflict.new", leafCode);
	}

}
