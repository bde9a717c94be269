package ru.opora.domain.risk.review;

import ru.opora.domain.validation.Violations;

/**
 * The review state machine of a document version:
 * <ul>
 * <li>SUBMIT: DRAFT or RETURNED → SUBMITTED, by the school team, only with a
 * curator assigned (nobody could review it otherwise); the service keeps a
 * frozen copy of the content at each submission;</li>
 * <li>RETURN: SUBMITTED → RETURNED, by the school's curator, with at least one
 * comment of this round;</li>
 * <li>APPROVE: SUBMITTED → APPROVED, by the school's curator only;</li>
 * <li>NEW_VERSION: APPROVED → a new DRAFT version (the approved one stays as
 * it is), by the school team.</li>
 * </ul>
 * Editing is allowed in DRAFT and RETURNED only.
 */
public final class ReviewWorkflow {

	/**
	 * Checks a step. {@code curatorUserId} is the school's current curator (0 =
	 * none), {@code schoolTeam} whether the actor belongs to the school's team,
	 * {@code roundComments} the comments written since the last submission.
	 */
	public static Violations check(
		ReviewStatus status, ReviewAction action, long actorUserId, long curatorUserId, boolean schoolTeam,
		int roundComments) {

		Violations violations = new Violations();

		if (action == null) {
			return violations.add("action", "required");
		}

		if (!status.equals(from(action)) && !((action == ReviewAction.SUBMIT) && (status == ReviewStatus.RETURNED))) {
			return violations.add("status", "risk-review-transition", status.name(), action.name());
		}

		if ((action == ReviewAction.SUBMIT) || (action == ReviewAction.NEW_VERSION)) {
			violations.require(schoolTeam, "actor", "risk-review-school-team-only");

			if (action == ReviewAction.SUBMIT) {
				violations.require(curatorUserId > 0, "curator", "risk-review-no-curator");
			}
		}
		else {
			violations.require(curatorUserId > 0, "curator", "risk-review-no-curator");
			violations.require(
				(curatorUserId <= 0) || (actorUserId == curatorUserId), "actor", "risk-review-curator-only");

			if (action == ReviewAction.RETURN) {
				violations.require(roundComments > 0, "comments", "risk-review-return-without-comment");
			}
		}

		return violations;
	}

	/** Checks that the content of a version in a status may be changed. */
	public static Violations checkEdit(ReviewStatus status) {
		return new Violations().require(status.isEditable(), "status", "risk-review-not-editable", status.name());
	}

	/** The status a step starts from (SUBMIT also leaves RETURNED). */
	public static ReviewStatus from(ReviewAction action) {
		if (action == ReviewAction.SUBMIT) {
			return ReviewStatus.DRAFT;
		}

		if (action == ReviewAction.NEW_VERSION) {
			return ReviewStatus.APPROVED;
		}

		return ReviewStatus.SUBMITTED;
	}

	/**
	 * The status after a step; for NEW_VERSION it is the status of the new
	 * version (the approved one keeps APPROVED).
	 */
	public static ReviewStatus to(ReviewAction action) {
		if (action == ReviewAction.SUBMIT) {
			return ReviewStatus.SUBMITTED;
		}

		if (action == ReviewAction.RETURN) {
			return ReviewStatus.RETURNED;
		}

		if (action == ReviewAction.APPROVE) {
			return ReviewStatus.APPROVED;
		}

		return ReviewStatus.DRAFT;
	}

	/** Whether a step keeps a frozen copy of the content. */
	public static boolean freezesCopy(ReviewAction action) {
		return action == ReviewAction.SUBMIT;
	}

	private ReviewWorkflow() {
	}

}
