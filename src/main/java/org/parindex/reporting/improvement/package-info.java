/**
 * The improvement plan after the review conference (kế hoạch khắc phục, issue 12, item
 * 7): per criterion that lost points in a published year, a remedy (biện pháp khắc phục)
 * with its owner, deadline and status, tracked into the next year's self-assessment.
 * Exposed to the demo, which fills a plan.
 */
@NamedInterface("improvement")
@NullMarked
package org.parindex.reporting.improvement;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
