package ru.opora.schools.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.Portal;

import javax.portlet.PortletException;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.schools.constants.SchoolsPortletKeys;
import ru.opora.schools.exception.NoSuchSchoolException;
import ru.opora.schools.model.AssessmentResult;
import ru.opora.schools.model.School;
import ru.opora.schools.service.AssessmentResultService;
import ru.opora.schools.service.SchoolService;
import ru.opora.schools.web.internal.constants.SchoolsWebKeys;
import ru.opora.schools.web.internal.display.context.EditAssessmentResultDisplayContext;
import ru.opora.schools.web.internal.util.ErrorPage;

/**
 * The add/update assessment result form of a school; with an
 * assessmentResultId the form starts from that result.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + SchoolsPortletKeys.SCHOOLS,
		"mvc.command.name=" + SchoolsWebKeys.MVC_EDIT_ASSESSMENT_RESULT
	},
	service = MVCRenderCommand.class
)
public class EditAssessmentResultMVCRenderCommand implements MVCRenderCommand {

	@Override
	public String render(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortletException {

		try {
			School school = _schoolService.getSchool(
				ParamUtil.getLong(renderRequest, "schoolId"));

			long assessmentResultId = ParamUtil.getLong(
				renderRequest, "assessmentResultId");

			AssessmentResult assessmentResult = null;

			for (AssessmentResult schoolAssessmentResult :
					_assessmentResultService.getSchoolAssessmentResults(
						school.getSchoolId())) {

				if (schoolAssessmentResult.getAssessmentResultId() ==
						assessmentResultId) {

					assessmentResult = schoolAssessmentResult;
				}
			}

			renderRequest.setAttribute(
				SchoolsWebKeys.DISPLAY_CONTEXT,
				new EditAssessmentResultDisplayContext(
					renderRequest, renderResponse, _portal, school,
					assessmentResult));
		}
		catch (NoSuchSchoolException | PrincipalException exception) {
			return ErrorPage.show(renderRequest, exception);
		}
		catch (Exception exception) {
			throw new PortletException(exception);
		}

		return "/edit_assessment_result.jsp";
	}

	@Reference
	private AssessmentResultService _assessmentResultService;

	@Reference
	private Portal _portal;

	@Reference
	private SchoolService _schoolService;

}
