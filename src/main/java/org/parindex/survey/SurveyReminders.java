package org.parindex.survey;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.parindex.platform.Actor;
import org.parindex.platform.Formats;
import org.parindex.platform.Reminder;
import org.parindex.platform.ReminderSource;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The survey staff's to-dos on their home page and in their deadline mails (issue 10):
 * every {@link SurveyToDo} of the years whose survey is open ({@link SurveyToDos}), each
 * saying how many of what, linking to where it is done. Nothing for years approved or
 * published; nothing for other roles.
 */
@Component
class SurveyReminders implements ReminderSource {

	static final String SURVEY_STAFF = "SURVEY_STAFF";

	private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private final SurveyToDos toDos;

	SurveyReminders(SurveyToDos toDos) {
		this.toDos = toDos;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Reminder> remindersFor(Actor actor, Instant now) {
		if (!actor.hasRole(SURVEY_STAFF)) {
			return List.of();
		}
		return this.toDos.open()
			.stream()
			.map((toDo) -> new Reminder(toDo.messageKey(), toDo.arguments(Formats.localTime(toDo.due().atZone(ZONE))),
					toDo.link(), toDo.due()))
			.sorted((a, b) -> a.due().compareTo(b.due()))
			.toList();
	}

}
