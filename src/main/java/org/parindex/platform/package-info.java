/**
 * Cross-cutting infrastructure with no business rules: locale and messages (Vietnamese
 * first, English), the Vietnamese number formats of published results, the page layout,
 * error pages and {@code ProblemDetail} responses, the {@link java.time.Clock} in
 * Asia/Ho_Chi_Minh, and the storage of evidence files with their type judged by content.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package org.parindex.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
