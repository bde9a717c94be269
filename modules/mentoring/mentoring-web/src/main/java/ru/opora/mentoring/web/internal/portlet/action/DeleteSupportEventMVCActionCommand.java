package ru.opora.mentoring.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCActionCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.Portal;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.mentoring.constants.MentoringPortletKeys;
import ru.opora.mentoring.service.SupportEventService;
import ru.opora.mentoring.web.internal.constants.MentoringWebKeys;
import ru.opora.mentoring.web.internal.util.ActionResults;

/**
 * Deletes a support event from a plan (the JSP asks for confirmation first).
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + MentoringPortletKeys.MENTORING,
		"mvc.command.name=" + MentoringWebKeys.MVC_DELETE_SUPPORT_EVENT
	},
	service = MVCActionCommand.class
)
public class DeleteSupportEventMVCActionCommand extends BaseMVCActionCommand {

	@Override
	protected void doProcessAction(
			ActionRequest actionRequest, ActionResponse actionResponse)
		throws Exception {

		_supportEventService.deleteSupportEvent(
			ParamUtil.getLong(actionRequest, "supportEventId"));

		ActionResults.succeed(
			actionRequest, actionResponse, _portal,
			MentoringWebKeys.SUCCESS_SUPPORT_EVENT_DELETED);
	}

	@Reference
	private Portal _portal;

	@Reference
	private SupportEventService _supportEventService;

}
