package org.parindex.platform;

import java.time.Instant;
import java.util.List;

/**
 * A module that knows of unfinished work: the home page asks every source, so that the
 * page does not depend on the modules that remind.
 */
public interface ReminderSource {

	List<Reminder> remindersFor(Actor actor, Instant now);

}
