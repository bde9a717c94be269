package ru.opora.diagnostics.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.Group;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.service.GroupLocalService;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.diagnostics.constants.DiagnosticsActionKeys;
import ru.opora.diagnostics.constants.DiagnosticsConstants;
import ru.opora.diagnostics.internal.security.DiagnosticsAccess;
import ru.opora.diagnostics.model.Attempt;
import ru.opora.diagnostics.model.Consent;
import ru.opora.diagnostics.model.ItemView;
import ru.opora.diagnostics.service.ResultViewLocalService;
import ru.opora.diagnostics.service.base.AttemptServiceBaseImpl;
import ru.opora.domain.diagnostics.Aggregates;
import ru.opora.domain.diagnostics.DiagnosticResult;
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

	public Attempt addExternalResult(
			long groupId, long schoolId, long teacherUserId, String subject, Date date, Map<String, Double> percents)
		throws PortalException {

		_portletResourcePermission.check(getPermissionChecker(), groupId, DiagnosticsActionKeys.IMPORT_RESULTS);

		School school = _schoolLocalService.getSchool(schoolId);

		if (school.getGroupId() != groupId) {
			throw new PrincipalException.MustHavePermission(
				getPermissionChecker(), School.class.getName(), schoolId, DiagnosticsActionKeys.IMPORT_RESULTS);
		}

		return attemptLocalService.addExternalResult(groupId, schoolId, teacherUserId, subject, date, percents);
	}

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

	private void _log(Attempt attempt, String what) throws PortalException {
		_resultViewLocalService.logView(
			getUserId(), attempt.getCompanyId(), attempt.getGroupId(), attempt.getUserId(), attempt.getAttemptId(),
			what);
	}

	@Reference(target = "(model.class.name=ru.opora.diagnostics.model.Attempt)")
	private ModelResourcePermission<Attempt> _attemptModelResourcePermission;

	@Reference
	private DiagnosticsAccess _diagnosticsAccess;

	@Reference
	private GroupLocalService _groupLocalService;

	@Reference(target = "(resource.name=" + DiagnosticsConstants.RESOURCE_NAME + ")")
	private PortletResourcePermission _portletResourcePermission;

	@Reference
	private ResultViewLocalService _resultViewLocalService;

	@Reference
	private SchoolLocalService _schoolLocalService;

}
