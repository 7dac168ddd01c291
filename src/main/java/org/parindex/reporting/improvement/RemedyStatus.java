package org.parindex.reporting.improvement;

import java.util.Locale;
import java.util.Optional;

/**
 * How far a remedy has come (tình trạng thực hiện); message keys
 * {@code improvement.status.*}.
 */
public enum RemedyStatus {

	/** Chưa thực hiện. */
	NOT_STARTED,

	/** Đang thực hiện. */
	IN_PROGRESS,

	/** Hoàn thành. */
	DONE;

	public String messageKey() {
		return "improvement.status." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The status named by a form's value, if it names one. */
	public static Optional<RemedyStatus> parse(String value) {
		for (RemedyStatus status : values()) {
			if (status.name().equals(value)) {
				return Optional.of(status);
			}
		}
		return Optional.empty();
	}

}
