package ru.opora.domain.risk;

import java.util.Optional;

/**
 * Who answers a questionnaire. Staff (director, teachers) answer as portal
 * users; pupils and parents answer anonymously with a response code.
 */
public enum RespondentGroup {

	DIRECTOR(false), TEACHER(false), PUPIL(true), PARENT(true);

	public static Optional<RespondentGroup> parse(String name) {
		return Enums.parse(RespondentGroup.class, name);
	}

	RespondentGroup(boolean anonymous) {
		_anonymous = anonymous;
	}

	/** Anonymous groups answer with a response code, never a name. */
	public boolean isAnonymous() {
		return _anonymous;
	}

	private final boolean _anonymous;

}
