package ru.opora.mentoring.web.internal.display.context;

import com.liferay.portal.kernel.dao.search.SearchContainer;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;
import com.liferay.portal.kernel.portlet.url.builder.ResourceURLBuilder;
import com.liferay.portal.kernel.util.ListUtil;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.Validator;

import java.time.LocalDate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.portlet.PortletURL;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import ru.opora.domain.mentoring.assignment.AssignmentStatus;

import ru.opora.mentoring.model.MentorAssignment;
import ru.opora.mentoring.model.SupportEvent;
import ru.opora.mentoring.web.internal.constants.MentoringWebKeys;
import ru.opora.mentoring.web.internal.util.MentoringServices;

/**
 * The coordinators' list: the site's assignments the user may view, filtered
 * by status and kind, a page at a time, with the Excel export of the same
 * filter.
 *
 * @author Opora
 */
public class AssignmentsDisplayContext extends BaseMentoringDisplayContext {

	public AssignmentsDisplayContext(
		RenderRequest renderRequest, RenderResponse renderResponse,
		MentoringServices mentoringServices) {

		super(renderRequest, renderResponse, mentoringServices);
	}

	public String getAddAssignmentURL() {
		return PortletURLBuilder.createRenderURL(
			renderResponse
		).setMVCRenderCommandName(
			MentoringWebKeys.MVC_EDIT_ASSIGNMENT
		).setRedirect(
			getCurrentURL()
		).buildString();
	}

	/**
	 * The municipality's support events of the next
	 * {@link MySchoolsDisplayContext#CALENDAR_DAYS} days, every curator's.
	 */
	public List<EventRow> getCalendar() throws PortalException {
		if (_calendar == null) {
			_calendar = EventRow.of(
				mentoringServices.getSupportEventService(
				).getGroupCalendar(
					groupId, today, getCalendarEnd()
				),
				today, getGraceDays());
		}

		return _calendar;
	}

	public LocalDate getCalendarEnd() {
		return today.plusDays(MySchoolsDisplayContext.CALENDAR_DAYS);
	}

	/** The supported school of an event's assignment. */
	public String getEventSchool(SupportEvent supportEvent)
		throws PortalException {

		if (_assignmentsById == null) {
			_assignmentsById = new HashMap<>();

			for (MentorAssignment mentorAssignment :
					mentoringServices.getMentorAssignmentService(
					).getGroupAssignments(
						groupId, null
					)) {

				_assignmentsById.put(
					mentorAssignment.getMentorAssignmentId(), mentorAssignment);
			}
		}

		MentorAssignment mentorAssignment = _assignmentsById.get(
			supportEvent.getMentorAssignmentId());

		if (mentorAssignment == null) {
			return "";
		}

		return names.school(mentorAssignment.getSupportedSchoolId());
	}

	/** The municipality's events whose report is overdue. */
	public List<EventRow> getOverdue() throws PortalException {
		if (_overdue == null) {
			_overdue = EventRow.of(
				mentoringServices.getSupportEventService(
				).getGroupOverdueSupportEvents(
					groupId, today, getGraceDays()
				),
				today, getGraceDays());
		}

		return _overdue;
	}

	public List<MentorAssignment> getAssignments() throws PortalException {
		if (_assignments == null) {
			String status = getStatus();

			_assignments = AssignmentFilter.filter(
				mentoringServices.getMentorAssignmentService(
				).getGroupAssignments(
					groupId, Validator.isNull(status) ? null : status
				),
				getKind());
		}

		return _assignments;
	}

	public String getExportURL() {
		return ResourceURLBuilder.createResourceURL(
			renderResponse
		).setParameter(
			"kind", getKind()
		).setParameter(
			"status", getStatus()
		).setResourceID(
			MentoringWebKeys.MVC_EXPORT_ASSIGNMENTS
		).buildString();
	}

	public String getKind() {
		return ParamUtil.getString(renderRequest, "kind");
	}

	public List<SelectOption> getKindOptions() {
		return labels.kindOptions(getKind());
	}

	public PortletURL getPortletURL() {
		return PortletURLBuilder.createRenderURL(
			renderResponse
		).setMVCRenderCommandName(
			MentoringWebKeys.MVC_VIEW_ASSIGNMENTS
		).setParameter(
			"kind", getKind()
		).setParameter(
			"status", getStatus()
		).buildPortletURL();
	}

	public SearchContainer<MentorAssignment> getSearchContainer()
		throws PortalException {

		if (_searchContainer != null) {
			return _searchContainer;
		}

		SearchContainer<MentorAssignment> searchContainer =
			new SearchContainer<>(
				renderRequest, getPortletURL(), null,
				"opora-mentoring-no-assignments");

		List<MentorAssignment> assignments = getAssignments();

		searchContainer.setResultsAndTotal(
			() -> ListUtil.subList(
				assignments, searchContainer.getStart(),
				searchContainer.getEnd()),
			assignments.size());

		_searchContainer = searchContainer;

		return _searchContainer;
	}

	public String getSearchURL() {
		return PortletURLBuilder.createRenderURL(
			renderResponse
		).setMVCRenderCommandName(
			MentoringWebKeys.MVC_VIEW_ASSIGNMENTS
		).buildString();
	}

	public String getStatus() {
		String status = ParamUtil.getString(renderRequest, "status");

		if (AssignmentStatus.parse(
				status
			).isPresent()) {

			return status;
		}

		return "";
	}

	public List<SelectOption> getStatusOptions() {
		return labels.statusOptions(getStatus());
	}

	public boolean isFiltered() {
		return Validator.isNotNull(getKind()) || Validator.isNotNull(getStatus());
	}

	@Override
	protected String getMVCRenderCommandName() {
		return MentoringWebKeys.MVC_VIEW_ASSIGNMENTS;
	}

	private List<MentorAssignment> _assignments;
	private SearchContainer<MentorAssignment> _searchContainer;

	private Map<Long, MentorAssignment> _assignmentsById;
	private List<EventRow> _calendar;
	private List<EventRow> _overdue;

}
