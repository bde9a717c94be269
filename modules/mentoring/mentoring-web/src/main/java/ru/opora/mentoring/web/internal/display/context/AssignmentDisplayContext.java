package ru.opora.mentoring.web.internal.display.context;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;
import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.util.ParamUtil;

import java.util.ArrayList;
import java.util.List;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import ru.opora.domain.mentoring.CostComponent;
import ru.opora.domain.mentoring.assignment.AssignmentStatus;

import ru.opora.mentoring.constants.MentoringActionKeys;
import ru.opora.mentoring.model.MentorAssignment;
import ru.opora.mentoring.model.MentorAssignmentHistory;
import ru.opora.mentoring.model.SupportEvent;
import ru.opora.mentoring.web.internal.constants.MentoringWebKeys;
import ru.opora.mentoring.web.internal.util.MentoringDocuments;
import ru.opora.mentoring.web.internal.util.MentoringServices;

/**
 * One assignment: its parties, period, order and explanation, the status
 * history, the support plan with overdue events highlighted, and what the
 * user may do (coordinators: activate, finish, cancel with a reason, edit;
 * curators: plan, change and report events).
 *
 * @author Opora
 */
public class AssignmentDisplayContext extends BaseMentoringDisplayContext {

	public AssignmentDisplayContext(
		RenderRequest renderRequest, RenderResponse renderResponse,
		MentoringServices mentoringServices, MentorAssignment mentorAssignment,
		List<MentorAssignmentHistory> histories,
		List<SupportEvent> supportEvents) {

		super(renderRequest, renderResponse, mentoringServices);

		_mentorAssignment = mentorAssignment;
		_histories = histories;
		_eventRows = EventRow.of(supportEvents, today, getGraceDays());
	}

	public String getAddEventURL() {
		return PortletURLBuilder.createRenderURL(
			renderResponse
		).setMVCRenderCommandName(
			MentoringWebKeys.MVC_EDIT_SUPPORT_EVENT
		).setRedirect(
			getCurrentURL()
		).setParameter(
			"mentorAssignmentId", _mentorAssignment.getMentorAssignmentId()
		).buildString();
	}

	public String getBackURL() {
		String redirect = ParamUtil.getString(renderRequest, "redirect");

		if (!redirect.isEmpty()) {
			return mentoringServices.getPortal(
			).escapeRedirect(
				redirect
			);
		}

		return PortletURLBuilder.createRenderURL(
			renderResponse
		).buildString();
	}

	public String getDeleteEventURL(SupportEvent supportEvent) {
		return PortletURLBuilder.createActionURL(
			renderResponse
		).setActionName(
			MentoringWebKeys.MVC_DELETE_SUPPORT_EVENT
		).setRedirect(
			getCurrentURL()
		).setParameter(
			"supportEventId", supportEvent.getSupportEventId()
		).buildString();
	}

	public String getEditAssignmentURL() {
		return PortletURLBuilder.createRenderURL(
			renderResponse
		).setMVCRenderCommandName(
			MentoringWebKeys.MVC_EDIT_ASSIGNMENT
		).setRedirect(
			getCurrentURL()
		).setParameter(
			"mentorAssignmentId", _mentorAssignment.getMentorAssignmentId()
		).buildString();
	}

	public String getEditEventURL(SupportEvent supportEvent) {
		return _eventURL(MentoringWebKeys.MVC_EDIT_SUPPORT_EVENT, supportEvent);
	}

	public List<EventRow> getEventRows() {
		return _eventRows;
	}

	/** The explanation of a suggested assignment, one line a component. */
	public List<String> getExplanation() {
		List<String> lines = new ArrayList<>();

		for (CostComponent costComponent :
				_mentorAssignment.getExplanationComponents()) {

			lines.add(labels.costComponent(costComponent));
		}

		return lines;
	}

	/**
	 * The preview URL of the order's scan in the Document Library, or null
	 * without a scan (or without the permission to view it).
	 */
	public String getOrderFileURL() {
		return MentoringDocuments.previewURL(
			mentoringServices.getDLAppService(),
			_mentorAssignment.getOrderFileEntryId(), themeDisplay);
	}

	/** «Материалы (2)»: the event's library materials, opened for all, changed by its reporter or a coordinator. */
	public String getEventMaterialsLabel(SupportEvent supportEvent) {
		return translator.format(
			"opora-mentoring-materials-x",
			new Object[] {supportEvent.getMaterialFileEntryIdList().size()});
	}

	public String getEventMaterialsURL(SupportEvent supportEvent) {
		return _eventURL(MentoringWebKeys.MVC_EVENT_MATERIALS, supportEvent);
	}

	public List<MentorAssignmentHistory> getHistories() {
		return _histories;
	}

	public MentorAssignment getMentorAssignment() {
		return _mentorAssignment;
	}

	public int getOverdueCount() {
		int count = 0;

		for (EventRow eventRow : _eventRows) {
			if (eventRow.isOverdue()) {
				count++;
			}
		}

		return count;
	}

	public String getReportEventURL(SupportEvent supportEvent) {
		return _eventURL(
			MentoringWebKeys.MVC_REPORT_SUPPORT_EVENT, supportEvent);
	}

	public String getStatusActionURL(String actionName) {
		return PortletURLBuilder.createActionURL(
			renderResponse
		).setActionName(
			actionName
		).setRedirect(
			getCurrentURL()
		).setParameter(
			"mentorAssignmentId", _mentorAssignment.getMentorAssignmentId()
		).buildString();
	}

	public boolean isShowActivate() {
		return isCoordinator() &&
			(_mentorAssignment.getAssignmentStatus() ==
				AssignmentStatus.PROPOSED);
	}

	public boolean isShowAddEvent() {
		return _mentorAssignment.isOpen() &&
			_contains(MentoringActionKeys.ADD_EVENT);
	}

	public boolean isShowCancel() {
		return isCoordinator() && _mentorAssignment.isOpen();
	}

	public boolean isShowEdit() {
		return isCoordinator() && _mentorAssignment.isOpen() &&
			_contains(ActionKeys.UPDATE);
	}

	public boolean isShowEditEvent(EventRow eventRow) {
		return eventRow.isPlanned() && _contains(ActionKeys.UPDATE);
	}

	public boolean isShowFinish() {
		return isCoordinator() &&
			(_mentorAssignment.getAssignmentStatus() ==
				AssignmentStatus.ACTIVE);
	}

	public boolean isShowReportEvent(EventRow eventRow) {
		return eventRow.isPlanned() && _contains(MentoringActionKeys.REPORT);
	}

	@Override
	protected String getMVCRenderCommandName() {
		return MentoringWebKeys.MVC_VIEW_ASSIGNMENT;
	}

	private boolean _contains(String actionId) {
		try {
			return mentoringServices.getMentorAssignmentModelResourcePermission(
			).contains(
				getPermissionChecker(), _mentorAssignment, actionId
			);
		}
		catch (PortalException portalException) {
			return false;
		}
	}

	private String _eventURL(
		String mvcRenderCommandName, SupportEvent supportEvent) {

		return PortletURLBuilder.createRenderURL(
			renderResponse
		).setMVCRenderCommandName(
			mvcRenderCommandName
		).setRedirect(
			getCurrentURL()
		).setParameter(
			"mentorAssignmentId", _mentorAssignment.getMentorAssignmentId()
		).setParameter(
			"supportEventId", supportEvent.getSupportEventId()
		).buildString();
	}

	private final List<EventRow> _eventRows;
	private final List<MentorAssignmentHistory> _histories;
	private final MentorAssignment _mentorAssignment;

}
