package ru.opora.diagnostics.service.impl;

import com.liferay.document.library.kernel.exception.NoSuchFileEntryException;
import com.liferay.document.library.kernel.exception.NoSuchFolderException;
import com.liferay.document.library.kernel.model.DLFolderConstants;
import com.liferay.document.library.kernel.service.DLAppLocalService;
import com.liferay.petra.string.StringPool;
import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.repository.model.FileEntry;
import com.liferay.portal.kernel.repository.model.Folder;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.diagnostics.constants.DiagnosticsConstants;
import ru.opora.diagnostics.exception.DiagnosticsValidationException;
import ru.opora.diagnostics.internal.Days;
import ru.opora.diagnostics.internal.MaterialFinder;
import ru.opora.diagnostics.model.Attempt;
import ru.opora.diagnostics.model.Route;
import ru.opora.diagnostics.model.RouteAction;
import ru.opora.diagnostics.service.AttemptLocalService;
import ru.opora.diagnostics.service.CourseLocalService;
import ru.opora.diagnostics.service.base.RouteLocalServiceBaseImpl;
import ru.opora.domain.diagnostics.ActionType;
import ru.opora.domain.diagnostics.CompetenceResult;
import ru.opora.domain.diagnostics.DiagnosticResult;
import ru.opora.domain.diagnostics.ProposedAction;
import ru.opora.domain.diagnostics.RouteProposer;
import ru.opora.domain.validation.Violation;
import ru.opora.domain.validation.Violations;
import ru.opora.mentoring.model.MentorAssignment;
import ru.opora.mentoring.service.MentorAssignmentLocalService;
import ru.opora.schools.model.School;
import ru.opora.schools.service.SchoolLocalService;

/**
 * Individual development routes (ИОМ): proposed from an attempt's deficits by
 * {@link RouteProposer} (catalogue courses, an internship in the teacher's
 * mentor school, the teacher-mentor, self-study materials tagged with the
 * competence), edited and agreed by the teacher and the school's leaders,
 * progress marked with evidence files in the route's Documents and Media
 * folder «Диагностика / ИОМ / Route N».
 *
 * @author Opora
 */
@Component(property = "model.class.name=ru.opora.diagnostics.model.Route", service = AopService.class)
public class RouteLocalServiceImpl extends RouteLocalServiceBaseImpl {

	public static final String DIAGNOSTICS_FOLDER = "Диагностика";

	public static final String ROUTES_FOLDER = "ИОМ";

	@Transactional(rollbackFor = Exception.class)
	public RouteAction addAction(long routeId, String competenceCode, String actionType, String title, Date deadline)
		throws PortalException {

		Route route = routePersistence.findByPrimaryKey(routeId);
		RouteAction action = routeActionPersistence.create(counterLocalService.increment());

		action.setGroupId(route.getGroupId());
		action.setCompanyId(route.getCompanyId());
		action.setCreateDate(new Date());
		action.setRouteId(routeId);
		action.setCompetenceCode(competenceCode);
		action.setActionType(actionType);
		action.setStatus(DiagnosticsConstants.ROUTE_ACTION_STATUS_PLANNED);

		ActionType type = ActionType.ofCode(actionType);

		action.setEvidence((type == null) ? null : type.evidence());

		return _saveAction(route, action, title, deadline, null);
	}

	/** The school's leader agrees the route; the teacher then works through it. */
	@Transactional(rollbackFor = Exception.class)
	/** The evidence file of a done action; not found if it has none. */
	public FileEntry getEvidence(long routeActionId) throws PortalException {
		RouteAction action = routeActionPersistence.findByPrimaryKey(routeActionId);

		if (action.getEvidenceFileEntryId() <= 0) {
			throw new NoSuchFileEntryException("Route action " + routeActionId + " has no evidence");
		}

		return _dlAppLocalService.getFileEntry(action.getEvidenceFileEntryId());
	}

	public Route agreeRoute(long userId, long routeId) throws PortalException {
		Route route = routePersistence.findByPrimaryKey(routeId);

		if (!DiagnosticsConstants.ROUTE_STATUS_DRAFT.equals(route.getStatus())) {
			throw new DiagnosticsValidationException(
				List.of(Violation.of("status", "diagnostics-route-status", route.getStatus())));
		}

		route.setStatus(DiagnosticsConstants.ROUTE_STATUS_AGREED);
		route.setAgreedByUserId(userId);
		route.setAgreedDate(new Date());
		route.setModifiedDate(new Date());

		return routePersistence.update(route);
	}

	/**
	 * Marks an action done with its evidence (a file stored in the route's
	 * folder); a course action also completes the teacher's enrolment. When
	 * every action is done the route is completed.
	 */
	@Transactional(rollbackFor = Exception.class)
	public RouteAction completeAction(
			long userId, long routeActionId, String fileName, String mimeType, byte[] bytes, String comment)
		throws PortalException {

		RouteAction action = routeActionPersistence.findByPrimaryKey(routeActionId);
		Route route = routePersistence.findByPrimaryKey(action.getRouteId());
		Violations violations = new Violations();

		violations.require(
			!DiagnosticsConstants.ROUTE_STATUS_DRAFT.equals(route.getStatus()), "status", "diagnostics-route-not-agreed");
		violations.require((bytes != null) && (bytes.length > 0), "evidence", "required");
		violations.requireText(fileName, 255, "evidence");
		violations.requireLength(comment, 4000, "comment");
		if (!violations.isEmpty()) {
			throw new DiagnosticsValidationException(violations.list());
		}

		FileEntry fileEntry = _dlAppLocalService.addFileEntry(
			null, userId, route.getGroupId(), _folderId(userId, route), fileName, mimeType,
			action.getRouteActionId() + "-" + fileName, StringPool.BLANK, StringPool.BLANK, StringPool.BLANK, bytes,
			null, null, _privateServiceContext(route));

		if (route.getFolderId() == 0) {
			route.setFolderId(fileEntry.getFolderId());
		}

		action.setStatus(DiagnosticsConstants.ROUTE_ACTION_STATUS_DONE);
		action.setDoneDate(new Date());
		action.setEvidenceFileEntryId(fileEntry.getFileEntryId());
		action.setComment(comment);
		action.setModifiedDate(new Date());

		action = routeActionPersistence.update(action);

		if (ActionType.COURSE.code().equals(action.getActionType()) && (action.getReferenceId() > 0)) {
			_courseLocalService.completeCourse(route.getUserId(), action.getReferenceId(), fileEntry.getFileEntryId());
		}

		boolean allDone = true;

		for (RouteAction routeAction : routeActionPersistence.findByRouteId(route.getRouteId())) {
			allDone &= DiagnosticsConstants.ROUTE_ACTION_STATUS_DONE.equals(routeAction.getStatus());
		}

		if (allDone) {
			route.setStatus(DiagnosticsConstants.ROUTE_STATUS_COMPLETED);
		}

		route.setModifiedDate(new Date());
		routePersistence.update(route);

		return action;
	}

	@Transactional(rollbackFor = Exception.class)
	public RouteAction deleteAction(long routeActionId) throws PortalException {
		RouteAction action = routeActionPersistence.findByPrimaryKey(routeActionId);

		if (DiagnosticsConstants.ROUTE_ACTION_STATUS_DONE.equals(action.getStatus())) {
			throw new DiagnosticsValidationException(List.of(Violation.of("status", "diagnostics-action-done")));
		}

		return routeActionPersistence.remove(action);
	}

	public Route fetchAttemptRoute(long attemptId) {
		return routePersistence.fetchByAttemptId(attemptId);
	}

	public List<RouteAction> getRouteActions(long routeId) {
		return routeActionPersistence.findByRouteId(routeId);
	}

	public List<Route> getUserRoutes(long userId) {
		return routePersistence.findByUserId(userId);
	}

	/**
	 * The route of an attempt (one per attempt): proposed once from its
	 * deficits, running for the given months.
	 */
	@Transactional(rollbackFor = Exception.class)
	public Route proposeRoute(long userId, long attemptId, LocalDate today, int months) throws PortalException {
		Route route = routePersistence.fetchByAttemptId(attemptId);

		if (route != null) {
			return route;
		}

		Attempt attempt = attemptPersistence.findByPrimaryKey(attemptId);
		DiagnosticResult result = _attemptLocalService.getDiagnosticResult(attempt);

		if (result.deficits().isEmpty()) {
			throw new DiagnosticsValidationException(List.of(Violation.of("attemptId", "diagnostics-no-deficits")));
		}

		LocalDate end = today.plusMonths(months);
		RouteProposer proposer = new RouteProposer(today, end).courses(
			_courseLocalService.getCourseOffers(attempt.getCompanyId()),
			_courseLocalService.getCompletedCourseIds(attempt.getUserId()));
		List<String> deficitCodes = new ArrayList<>();

		for (CompetenceResult deficit : result.deficits()) {
			deficitCodes.add(deficit.competenceCode());
		}

		proposer.materials(_materialFinder.find(attempt.getCompanyId(), deficitCodes));

		for (MentorAssignment assignment : _mentorAssignmentLocalService.getSupportedSchoolAssignments(
				attempt.getSchoolId(), true)) {

			if ((assignment.getTeacherMentorUserId() > 0) && (assignment.getMenteeUserId() == attempt.getUserId())) {
				User mentor = userLocalService.fetchUser(assignment.getTeacherMentorUserId());

				proposer.mentor(assignment.getTeacherMentorUserId(), (mentor == null) ? "" : mentor.getFullName());
			}

			if (assignment.getMentorSchoolId() > 0) {
				School school = _schoolLocalService.fetchSchool(assignment.getMentorSchoolId());

				if (school != null) {
					proposer.strongSchool(school.getSchoolId(), school.getName());
				}
			}
		}

		User teacher = userLocalService.getUser(attempt.getUserId());
		Date now = new Date();

		route = routePersistence.create(counterLocalService.increment());

		route.setGroupId(attempt.getGroupId());
		route.setCompanyId(attempt.getCompanyId());
		route.setUserId(attempt.getUserId());
		route.setUserName(teacher.getFullName());
		route.setCreateDate(now);
		route.setModifiedDate(now);
		route.setAttemptId(attemptId);
		route.setSchoolId(attempt.getSchoolId());
		route.setStatus(DiagnosticsConstants.ROUTE_STATUS_DRAFT);
		route.setEndDate(Days.toDate(end));

		route = routePersistence.update(route);

		for (ProposedAction proposed : proposer.propose(result)) {
			RouteAction action = routeActionPersistence.create(counterLocalService.increment());

			action.setGroupId(route.getGroupId());
			action.setCompanyId(route.getCompanyId());
			action.setCreateDate(now);
			action.setModifiedDate(now);
			action.setRouteId(route.getRouteId());
			action.setCompetenceCode(proposed.competenceCode());
			action.setActionType(proposed.type().code());
			action.setReferenceId(proposed.referenceId());
			action.setTitle((proposed.title() == null) ? "" : proposed.title());
			action.setDeadline(Days.toDate(proposed.deadline()));
			action.setEvidence(proposed.evidence());
			action.setStatus(DiagnosticsConstants.ROUTE_ACTION_STATUS_PLANNED);

			routeActionPersistence.update(action);
		}

		return route;
	}

	@Transactional(rollbackFor = Exception.class)
	public RouteAction updateAction(long routeActionId, String title, Date deadline, String comment)
		throws PortalException {

		RouteAction action = routeActionPersistence.findByPrimaryKey(routeActionId);

		return _saveAction(routePersistence.findByPrimaryKey(action.getRouteId()), action, title, deadline, comment);
	}

	private long _folderId(long userId, Route route) throws PortalException {
		if (route.getFolderId() > 0) {
			return route.getFolderId();
		}

		long folderId = DLFolderConstants.DEFAULT_PARENT_FOLDER_ID;

		for (String name : new String[] {DIAGNOSTICS_FOLDER, ROUTES_FOLDER, "Route " + route.getRouteId()}) {
			Folder folder;

			try {
				folder = _dlAppLocalService.getFolder(route.getGroupId(), folderId, name);
			}
			catch (NoSuchFolderException noSuchFolderException) {
				folder = _dlAppLocalService.addFolder(
					null, userId, route.getGroupId(), folderId, name, StringPool.BLANK,
					_privateServiceContext(route));
			}

			folderId = folder.getFolderId();
		}

		return folderId;
	}

	/** Evidence is personal data: no group or guest permissions, read through the route's permission. */
	private ServiceContext _privateServiceContext(Route route) {
		ServiceContext serviceContext = new ServiceContext();

		serviceContext.setCompanyId(route.getCompanyId());
		serviceContext.setScopeGroupId(route.getGroupId());
		serviceContext.setAddGroupPermissions(false);
		serviceContext.setAddGuestPermissions(false);

		return serviceContext;
	}

	private RouteAction _saveAction(Route route, RouteAction action, String title, Date deadline, String comment)
		throws PortalException {

		Violations violations = new Violations();

		violations.require(ActionType.ofCode(action.getActionType()) != null, "actionType", "required");
		violations.requireText(action.getCompetenceCode(), 75, "competenceCode");
		violations.requireText(title, 500, "title");
		violations.requireLength(comment, 4000, "comment");
		violations.require(deadline != null, "deadline", "required");
		violations.require(
			(deadline == null) || (route.getEndDate() == null) || !deadline.after(route.getEndDate()), "deadline",
			"diagnostics-deadline-after-route");
		violations.require(
			!DiagnosticsConstants.ROUTE_STATUS_COMPLETED.equals(route.getStatus()), "status",
			"diagnostics-route-status", route.getStatus());
		if (!violations.isEmpty()) {
			throw new DiagnosticsValidationException(violations.list());
		}

		action.setTitle(title.trim());
		action.setDeadline(deadline);

		if (comment != null) {
			action.setComment(comment);
		}

		action.setModifiedDate(new Date());

		return routeActionPersistence.update(action);
	}

	@Reference
	private AttemptLocalService _attemptLocalService;

	@Reference
	private CourseLocalService _courseLocalService;

	@Reference
	private DLAppLocalService _dlAppLocalService;

	@Reference
	private MaterialFinder _materialFinder;

	@Reference
	private MentorAssignmentLocalService _mentorAssignmentLocalService;

	@Reference
	private SchoolLocalService _schoolLocalService;

}
