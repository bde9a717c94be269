package ru.opora.schools.web.internal.portlet.action;

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

import ru.opora.domain.school.ContextFigures;

import ru.opora.schools.constants.SchoolsPortletKeys;
import ru.opora.schools.exception.OporaValidationException;
import ru.opora.schools.model.SchoolContext;
import ru.opora.schools.service.SchoolContextService;
import ru.opora.schools.web.internal.constants.SchoolsWebKeys;
import ru.opora.schools.web.internal.util.ActionResults;
import ru.opora.schools.web.internal.util.ContextFiguresParser;

/**
 * Adds or updates a school's context figures of one year.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + SchoolsPortletKeys.SCHOOLS,
		"mvc.command.name=" + SchoolsWebKeys.MVC_EDIT_SCHOOL_CONTEXT
	},
	service = MVCActionCommand.class
)
public class EditSchoolContextMVCActionCommand extends BaseMVCActionCommand {

	@Override
	protected void doProcessAction(
			ActionRequest actionRequest, ActionResponse actionResponse)
		throws Exception {

		long schoolId = ParamUtil.getLong(actionRequest, "schoolId");

		try {
			ContextFigures contextFigures = ContextFiguresParser.parse(
				actionRequest);

			ServiceContext serviceContext = ServiceContextFactory.getInstance(
				SchoolContext.class.getName(), actionRequest);

			_schoolContextService.updateSchoolContext(
				schoolId, contextFigures, serviceContext);

			ActionResults.succeed(
				actionRequest, actionResponse, _portal,
				SchoolsWebKeys.SUCCESS_CONTEXT_SAVED);
		}
		catch (OporaValidationException oporaValidationException) {
			ActionResults.showFormAgain(
				actionRequest, actionResponse, _portal,
				oporaValidationException,
				SchoolsWebKeys.MVC_EDIT_SCHOOL_CONTEXT);
		}
	}

	@Reference
	private Portal _portal;

	@Reference
	private SchoolContextService _schoolContextService;

}
