package ru.opora.mentoring.web.internal.display.context;

import com.liferay.portal.kernel.exception.PortalException;

import java.time.LocalDate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import ru.opora.mentoring.model.MentorAssignment;
import ru.opora.mentoring.model.SupportEvent;
import ru.opora.mentoring.service.MentorAssignmentService;
import ru.opora.mentoring.service.SupportEventService;
import ru.opora.mentoring.web.internal.constants.MentoringWebKeys;
import ru.opora.mentoring.web.internal.util.MentoringServices;

/**
 * A curator's screen: the open assignments where the user is the curator
 * ("my schools") with the state of each support plan, the overdue events and
 * the calendar of the next {@link #CALENDAR_DAYS} days.
 *
 * @author Opora
 */
public class MySchoolsDisplayContext extends BaseMentoringDisplayContext {

	public static final int CALENDAR_DAYS = 30;

	public MySchoolsDisplayContext(
			RenderRequest renderRequest, RenderResponse renderResponse,
			MentoringServices mentoringServices)
		throws PortalException {

		super(renderRequest, renderResponse, mentoringServices);

		MentorAssignmentService mentorAssignmentService =
			mentoringServices.getMentorAssignmentService();
		SupportEventService supportEventService =
			mentoringServices.getSupportEventService();

		_assignments = mentorAssignmentService.getMyCuratorAssignments(true);

		for (MentorAssignment mentorAssignment : _assignments) {
			_assignmentsById.put(
				mentorAssignment.getMentorAssignmentId(), mentorAssignment);
			_plans.put(
				mentorAssignment.getMentorAssignmentId(),
				EventRow.of(
					supportEventService.getAssignmentSupportEvents(
						mentorAssignment.getMentorAssignmentId()),
					today, getGraceDays()));
		}

		_calendar = EventRow.of(
			supportEventService.getMyCuratorCalendar(
				today, getCalendarEnd()),
			today, getGraceDays());
		_overdue = EventRow.of(
			supportEventService.getMyCuratorOverdueSupportEvents(
				today, getGraceDays()),
			today, getGraceDays());
	}

	public List<MentorAssignment> getAssignments() {
		return _assignments;
	}

	public List<EventRow> getCalendar() {
		return _calendar;
	}

	public LocalDate getCalendarEnd() {
		return today.plusDays(CALENDAR_DAYS);
	}

	/** The supported school of an event's assignment. */
	public String getEventSchool(SupportEvent supportEvent) {
		MentorAssignment mentorAssignment = _assignmentsById.get(
			supportEvent.getMentorAssignmentId());

		if (mentorAssignment == null) {
			return "";
		}

		return names.school(mentorAssignment.getSupportedSchoolId());
	}

	/** The next planned event of an assignment's plan, or a dash. */
	public String getNextEvent(MentorAssignment mentorAssignment) {
		for (EventRow eventRow : _getPlan(mentorAssignment)) {
			if (eventRow.isPlanned() && (eventRow.getPlannedDate() != null) &&
				!eventRow.getPlannedDate().isBefore(today)) {

				return dates.format(eventRow.getPlannedDate()) + ", " +
					eventRow.getSupportEvent().getTitle();
			}
		}

		return Figures.UNKNOWN;
	}

	public List<EventRow> getOverdue() {
		return _overdue;
	}

	public int getOverdueCount(MentorAssignment mentorAssignment) {
		int count = 0;

		for (EventRow eventRow : _getPlan(mentorAssignment)) {
			if (eventRow.isOverdue()) {
				count++;
			}
		}

		return count;
	}

	public int getPlannedCount(MentorAssignment mentorAssignment) {
		int count = 0;

		for (EventRow eventRow : _getPlan(mentorAssignment)) {
			if (eventRow.isPlanned()) {
				count++;
			}
		}

		return count;
	}

	public String getViewAssignmentURL(long mentorAssignmentId) {
		MentorAssignment mentorAssignment = _assignmentsById.get(
			mentorAssignmentId);

		if (mentorAssignment == null) {
			return "";
		}

		return getViewAssignmentURL(mentorAssignment);
	}

	@Override
	protected String getMVCRenderCommandName() {
		return MentoringWebKeys.MVC_VIEW_MY_SCHOOLS;
	}

	private List<EventRow> _getPlan(MentorAssignment mentorAssignment) {
		return _plans.getOrDefault(
			mentorAssignment.getMentorAssignmentId(),
			java.util.Collections.<EventRow>emptyList());
	}

	private final List<MentorAssignment> _assignments;
	private final Map<Long, MentorAssignment> _assignmentsById = new HashMap<>();
	private final List<EventRow> _calendar;
	private final List<EventRow> _overdue;
	private final Map<Long, List<EventRow>> _plans = new HashMap<>();

}
