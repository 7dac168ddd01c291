/**
 * The units a province scores and the groups they are ranked in: district-level units
 * (before July 2025), departments, communes and wards. Each unit has a stable code used
 * in URLs, exports and imports.
 */
@ApplicationModule
@NullMarked
package org.parindex.organization;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
