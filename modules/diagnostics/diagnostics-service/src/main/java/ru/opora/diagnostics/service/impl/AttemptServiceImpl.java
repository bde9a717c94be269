package ru.opora.diagnostics.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.Group;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.service.GroupLocalService;
import com.liferay.portal.kernel.service.OrganizationLocalService;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.diagnostics.constants.DiagnosticsActionKeys;
import ru.opora.diagnostics.constants.DiagnosticsConstants;
import ru.opora.diagnostics.exception.DiagnosticsValidationException;
import ru.opora.diagnostics.internal.Days;
import ru.opora.diagnostics.internal.security.DiagnosticsAccess;
import ru.opora.diagnostics.model.Attempt;
import ru.opora.diagnostics.model.Consent;
import ru.opora.diagnostics.model.ItemBank;
import ru.opora.diagnostics.model.ItemView;
import ru.opora.diagnostics.service.ItemBankLocalService;
import ru.opora.diagnostics.service.ResultViewLocalService;
import ru.opora.diagnostics.service.base.AttemptServiceBaseImpl;
import ru.opora.domain.diagnostics.Aggregates;
import ru.opora.domain.diagnostics.DiagnosticResult;
import ru.opora.domain.diagnostics.ExternalResult;
import ru.opora.domain.diagnostics.ResultsSheet;
import ru.opora.domain.validation.Violation;
import ru.opora.schools.model.School;
import ru.opora.schools.service.SchoolLocalService;

/**
 * Permission-checked diagnostics of teachers. Individual data (an attempt, its
 * answers and results) only through the attempt's
 * {@link ModelResourcePermission} (the teacher, school leaders, the mentor,
 * coordinators only where the region allows), and every such read is written
 * to the audit log; answering only by the teacher; aggregates (with small
 * groups suppressed) with VIEW_AGGREGATES.
 *
 * @author Opora
 */
@Component(
	property = {"json.web.service.context.name=oporadiag", "json.web.service.context.path=Attempt"},
	service = AopService.class
)
public class AttemptServiceImpl extends AttemptServiceBaseImpl {

	public Consent giveConsent() throws PortalException {
		return attemptLocalService.giveConsent(getGuestOrUserId());
	}

	/** The figures of one municipality site. */
	public Aggregates getAggregates(long groupId) throws PortalException {
		_portletResourcePermission.check(getPermissionChecker(), groupId, DiagnosticsActionKeys.VIEW_AGGREGATES);

		Group group = _groupLocalService.getGroup(groupId);

		return attemptLocalService.getAggregates(group.getCompanyId(), new long[] {groupId});
	}

	/** Competence names of a bank version of the caller's company: any signed-in user. */
	public Map<String, String> getCompetenceNames(int bankVersion) throws PortalException {
		getUserId();

		return attemptLocalService.getCompetenceNames(getPermissionChecker().getCompanyId(), bankVersion);
	}

	/** A teacher's attempt (status, dates, answers): individual data, audited. */
	public Attempt getAttempt(long attemptId) throws PortalException {
		Attempt attempt = attemptLocalService.getAttempt(attemptId);

		_checkViewAndLog(attempt, "attempt");

		return attempt;
	}

	/** The items to answer: only the teacher, only while the attempt is in progress (no keys). */
	public List<ItemView> getItemViews(long attemptId) throws PortalException {
		Attempt attempt = attemptLocalService.getAttempt(attemptId);

		_attemptModelResourcePermission.check(getPermissionChecker(), attempt, ActionKeys.UPDATE);

		if (!DiagnosticsConstants.ATTEMPT_STATUS_IN_PROGRESS.equals(attempt.getStatus())) {
			return new ArrayList<>();
		}

		return attemptLocalService.getItemViews(attempt);
	}

	/** The signed-in teacher's own attempts. */
	public List<Attempt> getMyAttempts() throws PortalException {
		return attemptLocalService.getUserAttempts(getUserId());
	}

	/** The figures of every site of the region: regional coordinators only. */
	public Aggregates getRegionAggregates(long[] groupIds) throws PortalException {
		PermissionChecker permissionChecker = getPermissionChecker();

		if (!permissionChecker.isCompanyAdmin() &&
			!_diagnosticsAccess.isRegionalCoordinator(getUserId(), permissionChecker.getCompanyId())) {

			throw new PrincipalException.MustHavePermission(
				permissionChecker, DiagnosticsConstants.RESOURCE_NAME, 0, DiagnosticsActionKeys.VIEW_AGGREGATES);
		}

		for (long groupId : groupIds) {
			if (_groupLocalService.getGroup(groupId).getCompanyId() != permissionChecker.getCompanyId()) {
				throw new PrincipalException.MustHavePermission(
					permissionChecker, Group.class.getName(), groupId, DiagnosticsActionKeys.VIEW_AGGREGATES);
			}
		}

		return attemptLocalService.getAggregates(permissionChecker.getCompanyId(), groupIds);
	}

	/** Results per competence of an attempt: individual data, audited. */
	public DiagnosticResult getResult(long attemptId) throws PortalException {
		Attempt attempt = attemptLocalService.getAttempt(attemptId);

		_checkViewAndLog(attempt, "result");

		return attemptLocalService.getDiagnosticResult(attempt);
	}

	/**
	 * The attempts of a school's teachers that the caller may see (leaders of
	 * the school; coordinators only where allowed): each is audited; anyone
	 * else gets an exception, not an empty list.
	 */
	public List<Attempt> getSchoolAttempts(long schoolId) throws PortalException {
		School school = _schoolLocalService.getSchool(schoolId);
		PermissionChecker permissionChecker = getPermissionChecker();
		boolean leader = _diagnosticsAccess.isSchoolLeader(getUserId(), school.getGroupId(), schoolId);
		boolean coordinator = _diagnosticsAccess.isCoordinator(getUserId(), school.getCompanyId(), school.getGroupId()) &&
			_diagnosticsAccess.coordinatorsSeeIndividuals(school.getCompanyId());

		if (!leader && !coordinator) {
			throw new PrincipalException.MustHavePermission(
				permissionChecker, School.class.getName(), schoolId, ActionKeys.VIEW);
		}

		List<Attempt> attempts = new ArrayList<>();

		for (Attempt attempt : attemptLocalService.getSchoolAttempts(schoolId)) {
			if (_attemptModelResourcePermission.contains(permissionChecker, attempt, ActionKeys.VIEW)) {
				_log(attempt, "school-list");
				attempts.add(attempt);
			}
		}

		return attempts;
	}

	/**
	 * Imports a regional centre's results workbook into the site (IMPORT_RESULTS
	 * there): the rows of its first sheet, the header first (see
	 * ResultsSheet). Every row is checked: the sheet's rules, the school
	 * (federal login, full or short name) is one of this site's, the teacher
	 * (e-mail address or screen name) is a user of the company on the school's
	 * staff (a member of its organisation), the same result (teacher, school,
	 * subject, date) is not imported yet. With any problem nothing is stored and
	 * every problem is returned; else all rows are stored in one transaction.
	 * The teacher's consent is not asked here: the centre that ran the
	 * diagnostic collected it; the results are individual data under the usual
	 * rules (the caller gets only counts and problems back).
	 */
	public ResultsSheet.Report importExternalResults(long groupId, List<List<String>> rows) throws PortalException {
		_portletResourcePermission.check(getPermissionChecker(), groupId, DiagnosticsActionKeys.IMPORT_RESULTS);

		Group group = _groupLocalService.getGroup(groupId);
		ItemBank published = _itemBankLocalService.fetchLatestPublished(group.getCompanyId());

		if (published == null) {
			throw new DiagnosticsValidationException(
				List.of(Violation.of("bankVersion", "diagnostics-no-published-bank")));
		}

		ResultsSheet sheet = ResultsSheet.parse(
			rows, _itemBankLocalService.getBankVersion(group.getCompanyId(), published.getVersion()), _today());
		List<School> schools = _schoolLocalService.getGroupSchools(groupId);
		List<ExternalResult> results = new ArrayList<>();
		Map<String, ResultsSheet.Row> rowOfResult = new HashMap<>();

		for (ResultsSheet.Row row : sheet.rows()) {
			School school = _school(sheet, row, schools, groupId);
			User teacher = _teacher(sheet, row, group.getCompanyId());

			if ((school == null) || (teacher == null)) {
				continue;
			}

			if (school.getOrganizationId() <= 0) {
				sheet.addProblem(
					row.number(), ResultsSheet.COLUMN_SCHOOL,
					Violation.of(
						ResultsSheet.COLUMN_SCHOOL, "diagnostics-results-school-without-organization", school.getName()));

				continue;
			}

			if (!_organizationLocalService.hasUserOrganization(teacher.getUserId(), school.getOrganizationId())) {
				sheet.addProblem(
					row.number(), ResultsSheet.COLUMN_TEACHER,
					Violation.of(
						ResultsSheet.COLUMN_TEACHER, "diagnostics-results-not-on-staff", row.teacher(),
						school.getName()));

				continue;
			}

			if (row.date() == null) {
				continue;
			}

			ResultsSheet.Row first = rowOfResult.putIfAbsent(teacher.getUserId() + "|" + row.date(), row);

			if (first != null) {
				if (!first.teacher().equalsIgnoreCase(row.teacher())) {

					// The same user named differently (e-mail and screen name): the sheet did not see it.

					sheet.addProblem(
						row.number(), ResultsSheet.COLUMN_TEACHER,
						Violation.of(ResultsSheet.COLUMN_TEACHER, "diagnostics-results-duplicate-row", first.number()));
				}
			}
			else if (_imported(teacher.getUserId(), school.getSchoolId(), row)) {
				sheet.addProblem(
					row.number(), ResultsSheet.COLUMN_TEACHER,
					Violation.of(
						ResultsSheet.COLUMN_TEACHER, "diagnostics-results-already-imported", row.date().toString()));
			}
			else {
				results.add(
					new ExternalResult(
						school.getSchoolId(), teacher.getUserId(), row.subject(), row.date(), row.percents()));
			}
		}

		if (!sheet.problems().isEmpty()) {
			return ResultsSheet.Report.rejected(sheet.problems());
		}

		attemptLocalService.addExternalResults(groupId, results);

		return ResultsSheet.Report.imported(results.size());
	}

	public long getSecondsLeft(long attemptId) throws PortalException {
		Attempt attempt = attemptLocalService.getAttempt(attemptId);

		_attemptModelResourcePermission.check(getPermissionChecker(), attempt, ActionKeys.UPDATE);

		return attemptLocalService.getSecondsLeft(attempt, new Date());
	}

	/** A teacher's attempts, if the caller may see that teacher's data; audited. */
	public List<Attempt> getTeacherAttempts(long teacherUserId) throws PortalException {
		List<Attempt> attempts = attemptLocalService.getUserAttempts(teacherUserId);

		for (Attempt attempt : attempts) {
			_checkViewAndLog(attempt, "attempt");
		}

		return attempts;
	}

	public boolean hasConsent() throws PortalException {
		return attemptLocalService.hasConsent(getPermissionChecker().getCompanyId(), getUserId());
	}

	public Attempt saveAnswers(long attemptId, Map<String, String> answers) throws PortalException {
		_attemptModelResourcePermission.check(
			getPermissionChecker(), attemptLocalService.getAttempt(attemptId), ActionKeys.UPDATE);

		return attemptLocalService.saveAnswers(attemptId, answers, new Date());
	}

	public Attempt startAttempt(long attemptId) throws PortalException {
		_attemptModelResourcePermission.check(
			getPermissionChecker(), attemptLocalService.getAttempt(attemptId), ActionKeys.UPDATE);

		return attemptLocalService.startAttempt(attemptId, new Date());
	}

	public Attempt submitAttempt(long attemptId) throws PortalException {
		_attemptModelResourcePermission.check(
			getPermissionChecker(), attemptLocalService.getAttempt(attemptId), ActionKeys.UPDATE);

		return attemptLocalService.submitAttempt(attemptId, new Date());
	}

	private void _checkViewAndLog(Attempt attempt, String what) throws PortalException {
		_attemptModelResourcePermission.check(getPermissionChecker(), attempt, ActionKeys.VIEW);
		_log(attempt, what);
	}

	/** An external result of this teacher, school, subject and day is stored already. */
	private boolean _imported(long teacherUserId, long schoolId, ResultsSheet.Row row) {
		for (Attempt attempt : attemptLocalService.getUserAttempts(teacherUserId)) {
			if (DiagnosticsConstants.ATTEMPT_STATUS_EXTERNAL.equals(attempt.getStatus()) &&
				(attempt.getSchoolId() == schoolId) && row.subject().equalsIgnoreCase(attempt.getSubject()) &&
				row.date().equals(Days.toLocalDate(attempt.getSubmitDate()))) {

				return true;
			}
		}

		return false;
	}

	private void _log(Attempt attempt, String what) throws PortalException {
		_resultViewLocalService.logView(
			getUserId(), attempt.getCompanyId(), attempt.getGroupId(), attempt.getUserId(), attempt.getAttemptId(),
			what);
	}

	/** The school of a row: by federal login in the site, else by its full or short name (one match only). */
	private School _school(ResultsSheet sheet, ResultsSheet.Row row, List<School> schools, long groupId) {
		if (row.school().isEmpty()) {
			return null;
		}

		School school = _schoolLocalService.fetchSchoolByFederalLogin(groupId, row.school());

		if ((school != null) && (school.getGroupId() == groupId)) {
			return school;
		}

		List<School> named = new ArrayList<>();

		for (School candidate : schools) {
			if ((candidate.getGroupId() == groupId) &&
				(row.school().equalsIgnoreCase(candidate.getName()) ||
				 row.school().equalsIgnoreCase(candidate.getShortName()))) {

				named.add(candidate);
			}
		}

		if (named.size() == 1) {
			return named.get(0);
		}

		sheet.addProblem(
			row.number(), ResultsSheet.COLUMN_SCHOOL,
			Violation.of(
				ResultsSheet.COLUMN_SCHOOL,
				named.isEmpty() ? "diagnostics-results-unknown-school" : "diagnostics-results-ambiguous-school",
				row.school(), named.size()));

		return null;
	}

	/** The teacher of a row: a user of the company by e-mail address (with @) or screen name. */
	private User _teacher(ResultsSheet sheet, ResultsSheet.Row row, long companyId) {
		if (row.teacher().isEmpty()) {
			return null;
		}

		String login = row.teacher().toLowerCase(Locale.ROOT);
		User user = login.contains("@") ? userLocalService.fetchUserByEmailAddress(companyId, login) :
			userLocalService.fetchUserByScreenName(companyId, login);

		if (user == null) {
			sheet.addProblem(
				row.number(), ResultsSheet.COLUMN_TEACHER,
				Violation.of(ResultsSheet.COLUMN_TEACHER, "diagnostics-results-unknown-teacher", row.teacher()));
		}
		else if (!user.isActive()) {
			sheet.addProblem(
				row.number(), ResultsSheet.COLUMN_TEACHER,
				Violation.of(ResultsSheet.COLUMN_TEACHER, "diagnostics-results-inactive-teacher", row.teacher()));

			return null;
		}

		return user;
	}

	/** Today where the importing user is: no diagnostic is dated after it. */
	private LocalDate _today() throws PortalException {
		User user = userLocalService.fetchUser(getUserId());

		return LocalDate.now((user == null) ? ZoneOffset.UTC : user.getTimeZone().toZoneId());
	}

	@Reference(target = "(model.class.name=ru.opora.diagnostics.model.Attempt)")
	private ModelResourcePermission<Attempt> _attemptModelResourcePermission;

	@Reference
	private DiagnosticsAccess _diagnosticsAccess;

	@Reference
	private GroupLocalService _groupLocalService;

	@Reference
	private ItemBankLocalService _itemBankLocalService;

	@Reference
	private OrganizationLocalService _organizationLocalService;

	@Reference(target = "(resource.name=" + DiagnosticsConstants.RESOURCE_NAME + ")")
	private PortletResourcePermission _portletResourcePermission;

	@Reference
	private ResultViewLocalService _resultViewLocalService;

	@Reference
	private SchoolLocalService _schoolLocalService;

}
