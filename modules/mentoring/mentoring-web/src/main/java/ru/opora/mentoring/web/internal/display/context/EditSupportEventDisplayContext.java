package ru.opora.mentoring.web.internal.display.context;

import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;
import com.liferay.portal.kernel.util.ParamUtil;

import java.util.List;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import ru.opora.domain.mentoring.assignment.SupportEventData;

import ru.opora.mentoring.model.MentorAssignment;
import ru.opora.mentoring.model.SupportEvent;
import ru.opora.mentoring.web.internal.constants.MentoringWebKeys;
import ru.opora.mentoring.web.internal.util.MentoringServices;

/**
 * The form of a planned support event: type, title, day (inside the
 * assignment's period), participants, expected result.
 *
 * @author Opora
 */
public class EditSupportEventDisplayContext
	extends BaseMentoringDisplayContext {

	public EditSupportEventDisplayContext(
		RenderRequest renderRequest, RenderResponse renderResponse,
		MentoringServices mentoringServices, MentorAssignment mentorAssignment,
		SupportEvent supportEvent) {

		super(renderRequest, renderResponse, mentoringServices);

		_mentorAssignment = mentorAssignment;
		_supportEvent = supportEvent;
		_stored = (supportEvent == null) ? null :
			supportEvent.toSupportEventData();
	}

	public String getActionURL() {
		return PortletURLBuilder.createActionURL(
			renderResponse
		).setActionName(
			MentoringWebKeys.MVC_EDIT_SUPPORT_EVENT
		).buildString();
	}

	public List<SelectOption> getEventTypeOptions() {
		return labels.eventTypeOptions(getValue("eventType"));
	}

	public MentorAssignment getMentorAssignment() {
		return _mentorAssignment;
	}

	public String getRedirect() {
		return ParamUtil.getString(renderRequest, "redirect");
	}

	public long getSupportEventId() {
		return (_supportEvent == null) ? 0 : _supportEvent.getSupportEventId();
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
			case "eventType":
				return (_stored.getType() == null) ? "" :
					_stored.getType().code();
			case "title":
				return _text(_stored.getTitle());
			case "plannedDate":
				return Dates.iso(_stored.getPlannedDate());
			case "participants":
				return _text(_stored.getParticipants());
			case "expectedResult":
				return _text(_stored.getExpectedResult());
			default:
				return "";
		}
	}

	public boolean isNew() {
		return _supportEvent == null;
	}

	@Override
	protected String getMVCRenderCommandName() {
		return MentoringWebKeys.MVC_EDIT_SUPPORT_EVENT;
	}

	private static String _text(String value) {
		return (value == null) ? "" : value;
	}

	private final MentorAssignment _mentorAssignment;
	private final SupportEventData _stored;
	private final SupportEvent _supportEvent;

}
