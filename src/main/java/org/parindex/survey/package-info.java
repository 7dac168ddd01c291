/**
 * The sociological survey (điều tra xã hội học) whose answers become points: for each
 * unit and survey leaf of an index set, the number of respondents and the weighted mean
 * of their valid answers, which the engine turns into points ({@code max × mean}).
 */
@ApplicationModule
@NullMarked
package org.parindex.survey;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
