/**
 * The demo data of the zero-setup run: Gia Lai's 17 district-level units with an
 * illustrative index set and inputs for 2020 and 2021 that reproduce the published
 * results of the seed article. Loaded through the other modules' APIs, only when
 * {@code parindex.demo.enabled=true} (the {@code demo} profile; off by default), and only
 * into a database that does not have it yet.
 */
@ApplicationModule
@NullMarked
package org.parindex.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
