package ru.opora.mentoring.web.internal.display.context;

import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;
import com.liferay.portal.kernel.util.ParamUtil;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import ru.opora.domain.mentoring.assignment.SupportEventStatus;

import ru.opora.mentoring.model.MentorAssignment;
import ru.opora.mentoring.model.SupportEvent;
import ru.opora.mentoring.web.internal.constants.MentoringWebKeys;
import ru.opora.mentoring.web.internal.util.MentoringServices;

/**
 * The report on a support event: done with the outcome, or cancelled; the
 * report day (today by default).
 *
 * @author Opora
 */
public class ReportSupportEventDisplayContext
	extends BaseMentoringDisplayContext {

	public ReportSupportEventDisplayContext(
		RenderRequest renderRequest, RenderResponse renderResponse,
		MentoringServices mentoringServices, MentorAssignment mentorAssignment,
		SupportEvent supportEvent) {

		super(renderRequest, renderResponse, mentoringServices);

		_mentorAssignment = mentorAssignment;
		_supportEvent = supportEvent;
	}

	public String getActionURL() {
		return PortletURLBuilder.createActionURL(
			renderResponse
		).setActionName(
			MentoringWebKeys.MVC_REPORT_SUPPORT_EVENT
		).buildString();
	}

	public MentorAssignment getMentorAssignment() {
		return _mentorAssignment;
	}

	public String getOutcome() {
		return ParamUtil.getString(
			renderRequest, "outcome",
			(_supportEvent.getOutcome() == null) ? "" :
				_supportEvent.getOutcome());
	}

	public String getRedirect() {
		return ParamUtil.getString(renderRequest, "redirect");
	}

	public String getReportDate() {
		return ParamUtil.getString(
			renderRequest, "reportDate", Dates.iso(today));
	}

	public String getStatus() {
		return ParamUtil.getString(
			renderRequest, "status", SupportEventStatus.DONE.code());
	}

	public SupportEvent getSupportEvent() {
		return _supportEvent;
	}

	@Override
	protected String getMVCRenderCommandName() {
		return MentoringWebKeys.MVC_REPORT_SUPPORT_EVENT;
	}

	private final MentorAssignment _mentorAssignment;
	private final SupportEvent _supportEvent;

}
