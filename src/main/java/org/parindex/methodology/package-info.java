/**
 * Index sets (bộ chỉ số) per year and unit group: components and caps, classification
 * bands, the tie rule and the criteria tree (area → criterion → sub-criterion) with each
 * leaf's rule. A set is checked by the engine's validator before it is stored.
 */
@ApplicationModule
@NullMarked
package org.parindex.methodology;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
