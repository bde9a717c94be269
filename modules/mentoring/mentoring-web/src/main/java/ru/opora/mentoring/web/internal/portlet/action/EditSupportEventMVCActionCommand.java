package ru.opora.mentoring.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCActionCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.ServiceContextFactory;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.Portal;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.domain.mentoring.assignment.SupportEventData;

import ru.opora.mentoring.constants.MentoringPortletKeys;
import ru.opora.mentoring.exception.MentoringValidationException;
import ru.opora.mentoring.model.SupportEvent;
import ru.opora.mentoring.service.SupportEventService;
import ru.opora.mentoring.web.internal.constants.MentoringWebKeys;
import ru.opora.mentoring.web.internal.util.ActionResults;
import ru.opora.mentoring.web.internal.util.SupportEventDataParser;

/**
 * Plans a support event of an assignment (supportEventId 0) or changes a
 * planned one: type, title, day, participants, expected result.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + MentoringPortletKeys.MENTORING,
		"mvc.command.name=" + MentoringWebKeys.MVC_EDIT_SUPPORT_EVENT
	},
	service = MVCActionCommand.class
)
public class EditSupportEventMVCActionCommand extends BaseMVCActionCommand {

	@Override
	protected void doProcessAction(
			ActionRequest actionRequest, ActionResponse actionResponse)
		throws Exception {

		long supportEventId = ParamUtil.getLong(actionRequest, "supportEventId");

		try {
			SupportEventData supportEventData = SupportEventDataParser.parse(
				actionRequest);

			ServiceContext serviceContext = ServiceContextFactory.getInstance(
				SupportEvent.class.getName(), actionRequest);

			if (supportEventId > 0) {
				_supportEventService.updateSupportEvent(
					supportEventId, supportEventData, serviceContext);
			}
			else {
				_supportEventService.addSupportEvent(
					ParamUtil.getLong(actionRequest, "mentorAssignmentId"),
					supportEventData, serviceContext);
			}

			ActionResults.succeed(
				actionRequest, actionResponse, _portal,
				MentoringWebKeys.SUCCESS_SUPPORT_EVENT_SAVED);
		}
		catch (MentoringValidationException mentoringValidationException) {
			ActionResults.showFormAgain(
				actionRequest, actionResponse, _portal,
				mentoringValidationException,
				MentoringWebKeys.MVC_EDIT_SUPPORT_EVENT);
		}
	}

	@Reference
	private Portal _portal;

	@Reference
	private SupportEventService _supportEventService;

}
