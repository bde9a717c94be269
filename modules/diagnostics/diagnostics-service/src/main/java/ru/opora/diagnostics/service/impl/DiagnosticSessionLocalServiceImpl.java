package ru.opora.diagnostics.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.transaction.Transactional;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.diagnostics.constants.DiagnosticsConstants;
import ru.opora.diagnostics.exception.DiagnosticsValidationException;
import ru.opora.diagnostics.model.Attempt;
import ru.opora.diagnostics.model.DiagnosticSession;
import ru.opora.diagnostics.model.ItemBank;
import ru.opora.diagnostics.service.ItemBankLocalService;
import ru.opora.diagnostics.service.base.DiagnosticSessionLocalServiceBaseImpl;
import ru.opora.domain.diagnostics.BankVersion;
import ru.opora.domain.diagnostics.Competence;
import ru.opora.domain.validation.Violations;
import ru.opora.schools.model.School;
import ru.opora.schools.service.SchoolLocalService;

/**
 * Diagnostic sessions: a diagnostic opened for a set of teachers of one
 * school (subject, period, time limit), drawn from the latest published bank
 * version (the subject's competences and every non-subject one); one
 * assigned {@link Attempt} per teacher.
 *
 * @author Opora
 */
@Component(property = "model.class.name=ru.opora.diagnostics.model.DiagnosticSession", service = AopService.class)
public class DiagnosticSessionLocalServiceImpl extends DiagnosticSessionLocalServiceBaseImpl {

	public static final int MAX_TIME_LIMIT = 240;

	@Transactional(rollbackFor = Exception.class)
	public DiagnosticSession openSession(
			long userId, long groupId, String name, long schoolId, String subject, Date startDate, Date endDate,
			int timeLimit, long[] teacherUserIds)
		throws PortalException {

		School school = _schoolLocalService.fetchSchool(schoolId);
		Violations violations = new Violations();

		violations.requireText(name, 255, "name");
		violations.requireText(subject, 255, "subject");
		violations.require((school != null) && (school.getGroupId() == groupId), "schoolId", "required");
		violations.require(startDate != null, "startDate", "required");
		violations.require(endDate != null, "endDate", "required");
		violations.require(
			(startDate == null) || (endDate == null) || !endDate.before(startDate), "endDate", "end-before-start");
		violations.require((timeLimit >= 0) && (timeLimit <= MAX_TIME_LIMIT), "timeLimit", "out-of-range", 0,
			MAX_TIME_LIMIT);
		violations.require((teacherUserIds != null) && (teacherUserIds.length > 0), "teacherUserIds", "required");

		long companyId = (school == null) ? 0 : school.getCompanyId();
		ItemBank published = _itemBankLocalService.fetchLatestPublished(companyId);
		List<String> competenceCodes = new ArrayList<>();

		if (published == null) {
			violations.add("bankVersion", "diagnostics-no-published-bank");
		}
		else {
			BankVersion bank = _itemBankLocalService.getBankVersion(companyId, published.getVersion());

			for (Competence competence : bank.competencesFor(subject)) {
				competenceCodes.add(competence.code());
			}

			violations.require(!competenceCodes.isEmpty(), "subject", "diagnostics-no-competences", subject);
		}

		if (!violations.isEmpty()) {
			throw new DiagnosticsValidationException(violations.list());
		}

		User user = userLocalService.getUser(userId);
		DiagnosticSession session = diagnosticSessionPersistence.create(counterLocalService.increment());
		Date now = new Date();

		session.setGroupId(groupId);
		session.setCompanyId(companyId);
		session.setUserId(userId);
		session.setUserName(user.getFullName());
		session.setCreateDate(now);
		session.setModifiedDate(now);
		session.setName(name.trim());
		session.setSchoolId(schoolId);
		session.setSubject(subject.trim());
		session.setStartDate(startDate);
		session.setEndDate(endDate);
		session.setTimeLimit(timeLimit);
		session.setBankVersion(published.getVersion());
		session.setCompetenceCodes(String.join(",", competenceCodes));

		session = diagnosticSessionPersistence.update(session);

		Set<Long> teachers = new LinkedHashSet<>();

		for (long teacherUserId : teacherUserIds) {
			teachers.add(teacherUserId);
		}

		for (long teacherUserId : teachers) {
			User teacher = userLocalService.getUser(teacherUserId);
			Attempt attempt = attemptPersistence.create(counterLocalService.increment());

			attempt.setGroupId(groupId);
			attempt.setCompanyId(companyId);
			attempt.setUserId(teacherUserId);
			attempt.setUserName(teacher.getFullName());
			attempt.setCreateDate(now);
			attempt.setModifiedDate(now);
			attempt.setDiagnosticSessionId(session.getDiagnosticSessionId());
			attempt.setSchoolId(schoolId);
			attempt.setSubject(session.getSubject());
			attempt.setStatus(DiagnosticsConstants.ATTEMPT_STATUS_ASSIGNED);
			attempt.setBankVersion(session.getBankVersion());
			attempt.setSeed(_random.nextLong());

			attemptPersistence.update(attempt);
		}

		return session;
	}

	public List<DiagnosticSession> getGroupSessions(long groupId) {
		return diagnosticSessionPersistence.findByGroupId(groupId);
	}

	public List<DiagnosticSession> getSchoolSessions(long schoolId) {
		return diagnosticSessionPersistence.findBySchoolId(schoolId);
	}

	@Reference
	private ItemBankLocalService _itemBankLocalService;

	private final SecureRandom _random = new SecureRandom();

	@Reference
	private SchoolLocalService _schoolLocalService;

}
