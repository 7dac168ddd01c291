package org.parindex.engine;

/** The kinds of leaf rule, see {@link Rule}. */
public enum RuleType {

	MANUAL, YES_NO, RATIO, BANDS, COUNT, SURVEY

}
