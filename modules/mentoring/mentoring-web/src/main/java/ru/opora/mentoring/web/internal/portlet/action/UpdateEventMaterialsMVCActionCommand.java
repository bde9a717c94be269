package ru.opora.mentoring.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCActionCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.ServiceContextFactory;
import com.liferay.portal.kernel.util.GetterUtil;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.Portal;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.mentoring.constants.MentoringPortletKeys;
import ru.opora.mentoring.exception.MentoringValidationException;
import ru.opora.mentoring.model.SupportEvent;
import ru.opora.mentoring.service.SupportEventService;
import ru.opora.mentoring.web.internal.constants.MentoringWebKeys;
import ru.opora.mentoring.web.internal.util.ActionResults;

/**
 * Stores the library materials ticked on the event's materials screen (the
 * service checks that the user reports or updates the event); a wrong choice
 * brings the screen back with the reason.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + MentoringPortletKeys.MENTORING,
		"mvc.command.name=" + MentoringWebKeys.MVC_EVENT_MATERIALS
	},
	service = MVCActionCommand.class
)
public class UpdateEventMaterialsMVCActionCommand extends BaseMVCActionCommand {

	@Override
	protected void doProcessAction(
			ActionRequest actionRequest, ActionResponse actionResponse)
		throws Exception {

		long supportEventId = ParamUtil.getLong(actionRequest, "supportEventId");

		ServiceContext serviceContext = ServiceContextFactory.getInstance(
			SupportEvent.class.getName(), actionRequest);

		try {
			_supportEventService.updateSupportEventMaterials(
				supportEventId,
				_getFileEntryIds(actionRequest),
				serviceContext);

			ActionResults.succeed(
				actionRequest, actionResponse, _portal,
				MentoringWebKeys.SUCCESS_EVENT_MATERIALS_SAVED);
		}
		catch (MentoringValidationException mentoringValidationException) {
			ActionResults.showFormAgain(
				actionRequest, actionResponse, _portal,
				mentoringValidationException,
				MentoringWebKeys.MVC_EVENT_MATERIALS);
		}
	}

	/** The ticked IDs; a value that is no number becomes 0, which the service refuses. */
	private static long[] _getFileEntryIds(ActionRequest actionRequest) {
		String[] values = actionRequest.getParameterValues("fileEntryIds");

		if (values == null) {
			return new long[0];
		}

		long[] fileEntryIds = new long[values.length];

		for (int i = 0; i < values.length; i++) {
			fileEntryIds[i] = GetterUtil.getLong(values[i]);
		}

		return fileEntryIds;
	}

	@Reference
	private Portal _portal;

	@Reference
	private SupportEventService _supportEventService;

}
