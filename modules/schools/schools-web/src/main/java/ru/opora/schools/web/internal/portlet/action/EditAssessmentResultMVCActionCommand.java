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

import ru.opora.domain.school.ResultFigures;

import ru.opora.schools.constants.SchoolsPortletKeys;
import ru.opora.schools.exception.OporaValidationException;
import ru.opora.schools.model.AssessmentResult;
import ru.opora.schools.service.AssessmentResultService;
import ru.opora.schools.web.internal.constants.SchoolsWebKeys;
import ru.opora.schools.web.internal.util.ActionResults;
import ru.opora.schools.web.internal.util.ResultFiguresParser;

/**
 * Adds or updates a school's result in one assessment, year, grade and
 * subject (the service upserts on these).
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + SchoolsPortletKeys.SCHOOLS,
		"mvc.command.name=" + SchoolsWebKeys.MVC_EDIT_ASSESSMENT_RESULT
	},
	service = MVCActionCommand.class
)
public class EditAssessmentResultMVCActionCommand
	extends BaseMVCActionCommand {

	@Override
	protected void doProcessAction(
			ActionRequest actionRequest, ActionResponse actionResponse)
		throws Exception {

		long schoolId = ParamUtil.getLong(actionRequest, "schoolId");

		try {
			ResultFigures resultFigures = ResultFiguresParser.parse(
				actionRequest);

			ServiceContext serviceContext = ServiceContextFactory.getInstance(
				AssessmentResult.class.getName(), actionRequest);

			_assessmentResultService.updateAssessmentResult(
				schoolId, resultFigures, serviceContext);

			ActionResults.succeed(
				actionRequest, actionResponse, _portal,
				SchoolsWebKeys.SUCCESS_RESULT_SAVED);
		}
		catch (OporaValidationException oporaValidationException) {
			ActionResults.showFormAgain(
				actionRequest, actionResponse, _portal,
				oporaValidationException,
				SchoolsWebKeys.MVC_EDIT_ASSESSMENT_RESULT);
		}
	}

	@Reference
	private AssessmentResultService _assessmentResultService;

	@Reference
	private Portal _portal;

}
