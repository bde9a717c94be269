package ru.opora.mentoring.constants;

import ru.opora.domain.mentoring.assignment.AssignmentRules;
import ru.opora.domain.mentoring.assignment.SupportEventRules;

/** Names and defaults shared by the mentoring bundles. */
public final class MentoringConstants {

	/** Open assignments a curator or mentor may hold in overlapping periods (REFERENCE §6). */
	public static final int DEFAULT_CAPACITY = AssignmentRules.DEFAULT_CAPACITY;

	/** Days a planned event may wait for its report before it is overdue. */
	public static final int DEFAULT_GRACE_DAYS = SupportEventRules.DEFAULT_GRACE_DAYS;

	/** Portlet resource guarding municipality-wide actions (default.xml). */
	public static final String RESOURCE_NAME = "ru.opora.mentoring";

	private MentoringConstants() {
	}

}
