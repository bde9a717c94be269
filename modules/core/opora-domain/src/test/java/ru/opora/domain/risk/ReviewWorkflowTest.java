package ru.opora.domain.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import ru.opora.domain.risk.review.ReviewAction;
import ru.opora.domain.risk.review.ReviewStatus;
import ru.opora.domain.risk.review.ReviewWorkflow;
import ru.opora.domain.validation.Violation;

class ReviewWorkflowTest {

	private static final long _CURATOR = 20;

	private static final long _SCHOOL_USER = 10;

	private static final Set<List<Object>> _ALLOWED = Set.of(
		List.of(ReviewStatus.DRAFT, ReviewAction.SUBMIT), List.of(ReviewStatus.RETURNED, ReviewAction.SUBMIT),
		List.of(ReviewStatus.SUBMITTED, ReviewAction.RETURN), List.of(ReviewStatus.SUBMITTED, ReviewAction.APPROVE),
		List.of(ReviewStatus.APPROVED, ReviewAction.NEW_VERSION));

	@Test
	void everyStatusAndActionFollowsTheStateMachine() {
		for (ReviewStatus status : ReviewStatus.values()) {
			for (ReviewAction action : ReviewAction.values()) {
				boolean curatorStep = (action == ReviewAction.RETURN) || (action == ReviewAction.APPROVE);
				long actor = curatorStep ? _CURATOR : _SCHOOL_USER;

				List<Violation> violations = ReviewWorkflow.check(status, action, actor, _CURATOR, !curatorStep, 1).list();

				assertEquals(_ALLOWED.contains(List.of(status, action)), violations.isEmpty(), status + " " + action + violations);
			}
		}
	}

	@Test
	void noApprovalOrSubmissionWithoutACurator() {
		assertEquals(
			List.of("risk-review-no-curator"),
			_codes(ReviewWorkflow.check(ReviewStatus.SUBMITTED, ReviewAction.APPROVE, _CURATOR, 0, false, 0).list()));
		assertEquals(
			List.of("risk-review-no-curator"),
			_codes(ReviewWorkflow.check(ReviewStatus.DRAFT, ReviewAction.SUBMIT, _SCHOOL_USER, 0, true, 0).list()));
	}

	@Test
	void onlyTheSchoolsCuratorReviewsAndOnlyTheTeamSubmits() {
		assertEquals(
			List.of("risk-review-curator-only"),
			_codes(ReviewWorkflow.check(ReviewStatus.SUBMITTED, ReviewAction.APPROVE, 99, _CURATOR, true, 0).list()));
		assertEquals(
			List.of("risk-review-school-team-only"),
			_codes(ReviewWorkflow.check(ReviewStatus.DRAFT, ReviewAction.SUBMIT, _CURATOR, _CURATOR, false, 0).list()));
		assertEquals(
			List.of("risk-review-school-team-only"),
			_codes(ReviewWorkflow.check(ReviewStatus.APPROVED, ReviewAction.NEW_VERSION, _CURATOR, _CURATOR, false, 0).list()));
	}

	@Test
	void returnNeedsACommentOfTheRound() {
		assertEquals(
			List.of("risk-review-return-without-comment"),
			_codes(ReviewWorkflow.check(ReviewStatus.SUBMITTED, ReviewAction.RETURN, _CURATOR, _CURATOR, false, 0).list()));
	}

	@Test
	void noEditAfterSubmissionOrApprovalWithoutANewVersion() {
		assertTrue(ReviewWorkflow.checkEdit(ReviewStatus.DRAFT).isEmpty());
		assertTrue(ReviewWorkflow.checkEdit(ReviewStatus.RETURNED).isEmpty());
		assertEquals(
			List.of(Violation.of("status", "risk-review-not-editable", "APPROVED")),
			ReviewWorkflow.checkEdit(ReviewStatus.APPROVED).list());
		assertFalse(ReviewWorkflow.checkEdit(ReviewStatus.SUBMITTED).isEmpty());
		assertEquals(ReviewStatus.DRAFT, ReviewWorkflow.to(ReviewAction.NEW_VERSION));
		assertEquals(ReviewStatus.APPROVED, ReviewWorkflow.to(ReviewAction.APPROVE));
		assertEquals(ReviewStatus.RETURNED, ReviewWorkflow.to(ReviewAction.RETURN));
		assertEquals(ReviewStatus.SUBMITTED, ReviewWorkflow.to(ReviewAction.SUBMIT));
		assertTrue(ReviewWorkflow.freezesCopy(ReviewAction.SUBMIT));
		assertFalse(ReviewWorkflow.freezesCopy(ReviewAction.APPROVE));
	}

	private static List<String> _codes(List<Violation> violations) {
		return violations.stream().map(Violation::code).collect(Collectors.toList());
	}

}
