package org.parindex.engine;

/** The kinds of leaf rule, see {@link Rule}. */
public enum RuleType {

	MANUAL, YES_NO, RATIO, BANDS, COUNT, SURVEY,

	/** Trừ điểm theo lần vi phạm, see {@link Rule.Deduct}. */
	DEDUCT,

	/** Thang điểm theo tỷ lệ, see {@link Rule.RatioBands}. */
	RATIO_BANDS

}
