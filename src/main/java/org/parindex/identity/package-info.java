/**
 * Accounts, roles and sign-in: who may use ParIndex and in which capacity (administrator,
 * PAR office, appraiser of assigned areas, council member, unit officer or leader of one
 * unit, survey staff, contest committee, portal editor). Passwords are stored as adaptive
 * hashes; repeated failures lock an account for a while.
 */
@ApplicationModule
@NullMarked
package org.parindex.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
