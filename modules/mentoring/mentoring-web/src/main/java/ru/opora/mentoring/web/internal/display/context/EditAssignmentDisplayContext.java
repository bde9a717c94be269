package ru.opora.mentoring.web.internal.display.context;

import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;
import com.liferay.portal.kernel.util.ParamUtil;

import java.util.List;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import ru.opora.domain.mentoring.assignment.AssignmentData;
import ru.opora.domain.mentoring.assignment.AssignmentKind;

import ru.opora.mentoring.model.MentorAssignment;
import ru.opora.mentoring.web.internal.constants.MentoringWebKeys;
import ru.opora.mentoring.web.internal.util.MentoringServices;

/**
 * The form of an assignment entered by hand: kind (new only), the site's
 * schools and members to choose the parties from, period and order. Values
 * come from the rejected submission, else from the stored assignment.
 *
 * @author Opora
 */
public class EditAssignmentDisplayContext extends BaseMentoringDisplayContext {

	public EditAssignmentDisplayContext(
		RenderRequest renderRequest, RenderResponse renderResponse,
		MentoringServices mentoringServices,
		MentorAssignment mentorAssignment) {

		super(renderRequest, renderResponse, mentoringServices);

		_mentorAssignment = mentorAssignment;
		_stored = (mentorAssignment == null) ? null :
			mentorAssignment.toAssignmentData();
	}

	public String getActionURL() {
		return PortletURLBuilder.createActionURL(
			renderResponse
		).setActionName(
			MentoringWebKeys.MVC_EDIT_ASSIGNMENT
		).buildString();
	}

	public String getKind() {
		if (_stored != null) {
			return _stored.getKind().code();
		}

		return ParamUtil.getString(
			renderRequest, "kind", AssignmentKind.MENTOR_SCHOOL.code());
	}

	/** The same form for another kind (a new assignment only). */
	public String getKindURL(String kind) {
		return PortletURLBuilder.createRenderURL(
			renderResponse
		).setMVCRenderCommandName(
			MentoringWebKeys.MVC_EDIT_ASSIGNMENT
		).setRedirect(
			getRedirect()
		).setParameter(
			"kind", kind
		).buildString();
	}

	public List<SelectOption> getKindOptions() {
		return labels.kindOptions(getKind());
	}

	public long getMentorAssignmentId() {
		return (_mentorAssignment == null) ? 0 :
			_mentorAssignment.getMentorAssignmentId();
	}

	public String getRedirect() {
		return ParamUtil.getString(renderRequest, "redirect");
	}

	public List<SelectOption> getSchoolOptions(String field) {
		return names.schoolOptions(_long(field));
	}

	public List<SelectOption> getUserOptions(String field) {
		return names.userOptions(_long(field));
	}

	public String getValue(String field) {
		String submitted = ParamUtil.getString(renderRequest, field, null);

		if (submitted != null) {
			return submitted;
		}

		if (_stored == null) {
			return "";
		}

		switch (field) {
			case "startDate":
				return Dates.iso(_stored.getStartDate());
			case "endDate":
				return Dates.iso(_stored.getEndDate());
			case "orderNumber":
				return (_stored.getOrderNumber() == null) ? "" :
					_stored.getOrderNumber();
			case "orderDate":
				return Dates.iso(_stored.getOrderDate());
			default:
				return "";
		}
	}

	public boolean isNew() {
		return _mentorAssignment == null;
	}

	@Override
	protected String getMVCRenderCommandName() {
		return MentoringWebKeys.MVC_EDIT_ASSIGNMENT;
	}

	private long _long(String field) {
		long submitted = ParamUtil.getLong(renderRequest, field, -1);

		if (submitted >= 0) {
			return submitted;
		}

		if (_stored == null) {
			return 0;
		}

		switch (field) {
			case "supportedSchoolId":
				return _stored.getSupportedSchoolId();
			case "mentorSchoolId":
				return _stored.getMentorSchoolId();
			case "curatorUserId":
				return _stored.getCuratorUserId();
			case "teacherMentorUserId":
				return _stored.getTeacherMentorUserId();
			case "menteeUserId":
				return _stored.getMenteeUserId();
			default:
				return 0;
		}
	}

	private final MentorAssignment _mentorAssignment;
	private final AssignmentData _stored;

}
