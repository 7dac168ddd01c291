/**
 * The scoring engine of the PAR Index: the criteria tree of an index set, leaf rules,
 * component totals, bonus and deduction caps, index %, classification, ranking with its
 * tie rule, year-over-year change and leaf statistics.
 * <p>
 * Pure Java: it depends on the JDK only (an ArchUnit test says so, which is why this
 * package carries no framework annotations). Immutable records in and out, no I/O, no
 * clock, deterministic. Arithmetic is exact ({@link java.math.BigDecimal}); rounding
 * happens only for display, see {@link Points}.
 */
package org.parindex.engine;
