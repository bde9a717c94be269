package ru.opora.diagnostics.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.Role;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.model.UserGroupRole;
import com.liferay.portal.kernel.service.RoleLocalService;
import com.liferay.portal.kernel.service.UserGroupRoleLocalService;
import com.liferay.portal.kernel.transaction.Transactional;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.diagnostics.constants.DiagnosticsConstants;
import ru.opora.diagnostics.exception.DiagnosticsValidationException;
import ru.opora.diagnostics.internal.Days;
import ru.opora.diagnostics.internal.bank.BankRecords;
import ru.opora.diagnostics.model.Attempt;
import ru.opora.diagnostics.model.CompetenceScore;
import ru.opora.diagnostics.model.Consent;
import ru.opora.diagnostics.model.DiagnosticSession;
import ru.opora.diagnostics.model.ItemBank;
import ru.opora.diagnostics.model.ItemView;
import ru.opora.diagnostics.service.ItemBankLocalService;
import ru.opora.diagnostics.service.base.AttemptLocalServiceBaseImpl;
import ru.opora.domain.diagnostics.Aggregates;
import ru.opora.domain.diagnostics.Answers;
import ru.opora.domain.diagnostics.AttemptClock;
import ru.opora.domain.diagnostics.BankVersion;
import ru.opora.domain.diagnostics.CompetenceResult;
import ru.opora.domain.diagnostics.DiagnosticResult;
import ru.opora.domain.diagnostics.DiagnosticScoring;
import ru.opora.domain.diagnostics.Dynamics;
import ru.opora.domain.diagnostics.ExternalResult;
import ru.opora.domain.diagnostics.Item;
import ru.opora.domain.diagnostics.ItemDraw;
import ru.opora.domain.diagnostics.TeacherStatus;
import ru.opora.domain.validation.Violation;
import ru.opora.domain.validation.Violations;
import ru.opora.portal.constants.OporaRoleNames;

/**
 * A teacher's diagnostic: consent first, then start (items drawn with the
 * attempt's seed from its bank version, so a resumed attempt shows the same
 * items), autosaved answers while the time limit and the session's period
 * allow, submit (scored by the domain, one {@link CompetenceScore} per
 * competence). Results of external diagnostics are stored the same way.
 *
 * @author Opora
 */
@Component(property = "model.class.name=ru.opora.diagnostics.model.Attempt", service = AopService.class)
public class AttemptLocalServiceImpl extends AttemptLocalServiceBaseImpl {

	/** Stores the result of an external diagnostic: percent per competence code of the latest published bank. */
	@Transactional(rollbackFor = Exception.class)
	public Attempt addExternalResult(
			long groupId, long schoolId, long teacherUserId, String subject, Date date, Map<String, Double> percents)
		throws PortalException {

		User teacher = userLocalService.getUser(teacherUserId);
		ItemBank published = _itemBankLocalService.fetchLatestPublished(teacher.getCompanyId());
		Violations violations = new Violations();

		violations.require(published != null, "bankVersion", "diagnostics-no-published-bank");
		violations.require(date != null, "date", "required");
		violations.require(!percents.isEmpty(), "competenceCode", "required");

		if (!violations.isEmpty()) {
			throw new DiagnosticsValidationException(violations.list());
		}

		BankVersion bank = _itemBankLocalService.getBankVersion(teacher.getCompanyId(), published.getVersion());
		List<CompetenceResult> results = new ArrayList<>();

		for (Map.Entry<String, Double> entry : percents.entrySet()) {
			ru.opora.domain.diagnostics.Competence competence = bank.competence(entry.getKey());
			double percent = entry.getValue();

			if (competence == null) {
				violations.add("competenceCode", "diagnostics-unknown-code", entry.getKey());
			}
			else if ((percent < 0) || (percent > 100)) {
				violations.add("percent", "out-of-range", 0, 100);
			}
			else {
				results.add(CompetenceResult.external(entry.getKey(), percent, competence.threshold()));
			}
		}

		if (!violations.isEmpty()) {
			throw new DiagnosticsValidationException(violations.list());
		}

		Attempt attempt = attemptPersistence.create(counterLocalService.increment());

		attempt.setGroupId(groupId);
		attempt.setCompanyId(teacher.getCompanyId());
		attempt.setUserId(teacherUserId);
		attempt.setUserName(teacher.getFullName());
		attempt.setCreateDate(new Date());
		attempt.setModifiedDate(new Date());
		attempt.setSchoolId(schoolId);
		attempt.setSubject(subject);
		attempt.setStatus(DiagnosticsConstants.ATTEMPT_STATUS_EXTERNAL);
		attempt.setBankVersion(published.getVersion());
		attempt.setStartDate(date);
		attempt.setSubmitDate(date);

		attempt = attemptPersistence.update(attempt);

		_storeScores(attempt, new DiagnosticResult(published.getVersion(), results));

		return attempt;
	}

	/**
	 * Stores the checked results of an import (see AttemptService.importExternalResults) in one
	 * transaction: all of them, or none if one fails.
	 */
	@Transactional(rollbackFor = Exception.class)
	public int addExternalResults(long groupId, List<ExternalResult> results) throws PortalException {
		for (ExternalResult result : results) {
			addExternalResult(
				groupId, result.schoolId(), result.teacherUserId(), result.subject(), Days.toDate(result.date()),
				result.percents());
		}

		return results.size();
	}

	@Transactional(rollbackFor = Exception.class)
	public Consent giveConsent(long userId) throws PortalException {
		User user = userLocalService.getUser(userId);

		for (Consent consent : consentPersistence.findByC_U(user.getCompanyId(), userId)) {
			if (DiagnosticsConstants.CONSENT_VERSION.equals(consent.getConsentVersion())) {
				return consent;
			}
		}

		Consent consent = consentPersistence.create(counterLocalService.increment());

		consent.setCompanyId(user.getCompanyId());
		consent.setUserId(userId);
		consent.setUserName(user.getFullName());
		consent.setCreateDate(new Date());
		consent.setConsentVersion(DiagnosticsConstants.CONSENT_VERSION);

		return consentPersistence.update(consent);
	}

	public boolean hasConsent(long companyId, long userId) {
		for (Consent consent : consentPersistence.findByC_U(companyId, userId)) {
			if (DiagnosticsConstants.CONSENT_VERSION.equals(consent.getConsentVersion())) {
				return true;
			}
		}

		return false;
	}

	/** The figures of the teachers of some sites: Teacher site role members and everyone with an attempt there. */
	public Aggregates getAggregates(long companyId, long[] groupIds) {
		Map<Long, List<Attempt>> attemptsByTeacher = new LinkedHashMap<>();
		Set<Long> teachers = new HashSet<>();
		Role teacherRole = _roleLocalService.fetchRole(companyId, OporaRoleNames.TEACHER);

		for (long groupId : groupIds) {
			if (teacherRole != null) {
				for (UserGroupRole userGroupRole : _userGroupRoleLocalService.getUserGroupRolesByGroupAndRole(
						groupId, teacherRole.getRoleId())) {

					teachers.add(userGroupRole.getUserId());
				}
			}

			for (Attempt attempt : attemptPersistence.findByGroupId(groupId)) {
				teachers.add(attempt.getUserId());
				attemptsByTeacher.computeIfAbsent(attempt.getUserId(), key -> new ArrayList<>()).add(attempt);
			}
		}

		Set<Long> teachersWithRoute = new HashSet<>();

		for (long groupId : groupIds) {
			for (ru.opora.diagnostics.model.Route route : routePersistence.findByGroupId(groupId)) {
				teachersWithRoute.add(route.getUserId());
			}
		}

		List<TeacherStatus> statuses = new ArrayList<>();

		for (long teacherUserId : teachers) {
			List<Attempt> done = new ArrayList<>();

			for (Attempt attempt : attemptsByTeacher.getOrDefault(teacherUserId, List.of())) {
				if (_isScored(attempt)) {
					done.add(attempt);
				}
			}

			done.sort((a, b) -> b.getSubmitDate().compareTo(a.getSubmitDate()));

			Set<String> deficits = new HashSet<>();
			Boolean positive = null;
			String subject = "";

			if (!done.isEmpty()) {
				DiagnosticResult latest = getDiagnosticResult(done.get(0));

				subject = done.get(0).getSubject();

				for (CompetenceResult deficit : latest.deficits()) {
					deficits.add(deficit.competenceCode());
				}

				if (done.size() > 1) {
					positive = Dynamics.between(getDiagnosticResult(done.get(1)), latest).positive();
				}
			}

			statuses.add(
				new TeacherStatus(teacherUserId, done.isEmpty() ? 0 : done.get(0).getSchoolId(), subject,
					!done.isEmpty(), deficits, teachersWithRoute.contains(teacherUserId), positive));
		}

		return Aggregates.of(statuses);
	}

	/**
	 * Code → name of the competences of a bank version, 0 for the latest
	 * published one (names are not personal data).
	 */
	public Map<String, String> getCompetenceNames(long companyId, int bankVersion) {
		Map<String, String> names = new LinkedHashMap<>();

		if (bankVersion <= 0) {
			ItemBank published = _itemBankLocalService.fetchLatestPublished(companyId);

			if (published == null) {
				return names;
			}

			bankVersion = published.getVersion();
		}

		for (ru.opora.domain.diagnostics.Competence competence :
				_itemBankLocalService.getBankVersion(companyId, bankVersion).competences()) {

			names.put(competence.code(), competence.name());
		}

		return names;
	}

	public DiagnosticResult getDiagnosticResult(Attempt attempt) {
		List<CompetenceResult> results = new ArrayList<>();

		for (CompetenceScore score : competenceScorePersistence.findByAttemptId(attempt.getAttemptId())) {
			results.add(
				new CompetenceResult(score.getCompetenceCode(), score.getPoints(), score.getMaxPoints(),
					score.getThreshold(), score.getItemsTotal(), score.getItemsCorrect(), score.getItemsPartial(),
					score.getItemsUnanswered()));
		}

		return new DiagnosticResult(attempt.getBankVersion(), results);
	}

	/** The drawn items as the teacher sees them (no keys), in draw order. */
	public List<ItemView> getItemViews(Attempt attempt) {
		BankVersion bank = _itemBankLocalService.getBankVersion(attempt.getCompanyId(), attempt.getBankVersion());
		List<ItemView> views = new ArrayList<>();

		for (String code : BankRecords.codes(attempt.getItemCodes())) {
			Item item = bank.item(code);

			if (item != null) {
				views.add(
					new ItemView(item.code(), item.competenceCode(), item.type().code(), item.text(), item.options(),
						item.matches()));
			}
		}

		return views;
	}

	public List<Attempt> getSchoolAttempts(long schoolId) {
		return attemptPersistence.findBySchoolId(schoolId);
	}

	public List<Attempt> getSessionAttempts(long diagnosticSessionId) {
		return attemptPersistence.findByDiagnosticSessionId(diagnosticSessionId);
	}

	public List<Attempt> getUserAttempts(long userId) {
		return attemptPersistence.findByUserId(userId);
	}

	/** Seconds left to answer (0: time is over). */
	public long getSecondsLeft(Attempt attempt, Date now) throws PortalException {
		DiagnosticSession session = diagnosticSessionPersistence.findByPrimaryKey(attempt.getDiagnosticSessionId());

		return AttemptClock.secondsLeft(
			now.toInstant(), attempt.getStartDate().toInstant(), session.getTimeLimit(),
			Days.toLocalDate(session.getEndDate()), _zone(attempt.getUserId()));
	}

	/**
	 * Merges answers into the saved ones (only drawn items). After the time is
	 * over the attempt is submitted with what was saved, the new answers are
	 * not taken, and the completed attempt is returned (no exception, so the
	 * submission is not rolled back).
	 */
	@Transactional(rollbackFor = Exception.class)
	public Attempt saveAnswers(long attemptId, Map<String, String> answers, Date now) throws PortalException {
		Attempt attempt = attemptPersistence.findByPrimaryKey(attemptId);

		_requireStatus(attempt, DiagnosticsConstants.ATTEMPT_STATUS_IN_PROGRESS);

		if (getSecondsLeft(attempt, now) <= 0) {
			return submitAttempt(attemptId, now);
		}

		attempt.setAnswers(
			Answers.encode(
				Answers.merge(
					Answers.decode(attempt.getAnswers()), answers, BankRecords.codes(attempt.getItemCodes()))));
		attempt.setModifiedDate(now);

		return attemptPersistence.update(attempt);
	}

	/**
	 * Starts (draws the items) or resumes an attempt. Requires the teacher's
	 * consent and the session's period; an attempt whose time ran out is
	 * submitted.
	 */
	@Transactional(rollbackFor = Exception.class)
	public Attempt startAttempt(long attemptId, Date now) throws PortalException {
		Attempt attempt = attemptPersistence.findByPrimaryKey(attemptId);

		if (DiagnosticsConstants.ATTEMPT_STATUS_IN_PROGRESS.equals(attempt.getStatus())) {
			if (getSecondsLeft(attempt, now) <= 0) {
				return submitAttempt(attemptId, now);
			}

			return attempt;
		}

		_requireStatus(attempt, DiagnosticsConstants.ATTEMPT_STATUS_ASSIGNED);

		if (!hasConsent(attempt.getCompanyId(), attempt.getUserId())) {
			throw new DiagnosticsValidationException(List.of(Violation.of("consent", "diagnostics-consent-required")));
		}

		DiagnosticSession session = diagnosticSessionPersistence.findByPrimaryKey(attempt.getDiagnosticSessionId());
		ZoneId zone = _zone(attempt.getUserId());
		java.time.LocalDate today = now.toInstant().atZone(zone).toLocalDate();

		if (today.isBefore(Days.toLocalDate(session.getStartDate())) ||
			today.isAfter(Days.toLocalDate(session.getEndDate()))) {

			throw new DiagnosticsValidationException(List.of(Violation.of("startDate", "diagnostics-session-closed")));
		}

		BankVersion bank = _itemBankLocalService.getBankVersion(attempt.getCompanyId(), attempt.getBankVersion());

		attempt.setItemCodes(
			String.join(
				",",
				ItemDraw.codes(
					ItemDraw.draw(bank, BankRecords.codes(session.getCompetenceCodes()), attempt.getSeed()))));
		attempt.setStatus(DiagnosticsConstants.ATTEMPT_STATUS_IN_PROGRESS);
		attempt.setStartDate(now);
		attempt.setModifiedDate(now);

		return attemptPersistence.update(attempt);
	}

	/** Scores the saved answers on the attempt's bank version and stores the result per competence. */
	@Transactional(rollbackFor = Exception.class)
	public Attempt submitAttempt(long attemptId, Date now) throws PortalException {
		Attempt attempt = attemptPersistence.findByPrimaryKey(attemptId);

		_requireStatus(attempt, DiagnosticsConstants.ATTEMPT_STATUS_IN_PROGRESS);

		BankVersion bank = _itemBankLocalService.getBankVersion(attempt.getCompanyId(), attempt.getBankVersion());
		DiagnosticResult result = DiagnosticScoring.score(
			bank, BankRecords.codes(attempt.getItemCodes()), Answers.decode(attempt.getAnswers()));

		attempt.setStatus(DiagnosticsConstants.ATTEMPT_STATUS_COMPLETED);
		attempt.setSubmitDate(now);
		attempt.setModifiedDate(now);

		attempt = attemptPersistence.update(attempt);

		_storeScores(attempt, result);

		return attempt;
	}

	private static boolean _isScored(Attempt attempt) {
		return DiagnosticsConstants.ATTEMPT_STATUS_COMPLETED.equals(attempt.getStatus()) ||
			DiagnosticsConstants.ATTEMPT_STATUS_EXTERNAL.equals(attempt.getStatus());
	}

	private void _requireStatus(Attempt attempt, String status) throws DiagnosticsValidationException {
		if (!status.equals(attempt.getStatus())) {
			throw new DiagnosticsValidationException(
				List.of(Violation.of("status", "diagnostics-attempt-status", attempt.getStatus())));
		}
	}

	private void _storeScores(Attempt attempt, DiagnosticResult result) {
		for (CompetenceResult competence : result.competences()) {
			CompetenceScore score = competenceScorePersistence.create(counterLocalService.increment());

			score.setGroupId(attempt.getGroupId());
			score.setCompanyId(attempt.getCompanyId());
			score.setUserId(attempt.getUserId());
			score.setCreateDate(attempt.getSubmitDate());
			score.setAttemptId(attempt.getAttemptId());
			score.setCompetenceCode(competence.competenceCode());
			score.setPoints(competence.points());
			score.setMaxPoints(competence.maxPoints());
			score.setPercent(competence.percent());
			score.setThreshold(competence.threshold());
			score.setItemsTotal(competence.itemsTotal());
			score.setItemsCorrect(competence.itemsCorrect());
			score.setItemsPartial(competence.itemsPartial());
			score.setItemsUnanswered(competence.itemsUnanswered());

			competenceScorePersistence.update(score);
		}
	}

	private ZoneId _zone(long userId) {
		User user = userLocalService.fetchUser(userId);

		return (user == null) ? ZoneId.of("UTC") : user.getTimeZone().toZoneId();
	}

	@Reference
	private ItemBankLocalService _itemBankLocalService;

	@Reference
	private RoleLocalService _roleLocalService;

	@Reference
	private UserGroupRoleLocalService _userGroupRoleLocalService;

}
