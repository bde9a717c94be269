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
import ru.opora.schools.model.School;
import ru.opora.schools.model.SchoolContext;
import ru.opora.schools.service.SchoolContextService;
import ru.opora.schools.service.SchoolService;
import ru.opora.schools.web.internal.constants.SchoolsWebKeys;
import ru.opora.schools.web.internal.display.context.EditSchoolContextDisplayContext;
import ru.opora.schools.web.internal.util.ErrorPage;

/**
 * The add/update context form of a school; with a
 * schoolContextId the form starts from that year.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + SchoolsPortletKeys.SCHOOLS,
		"mvc.command.name=" + SchoolsWebKeys.MVC_EDIT_SCHOOL_CONTEXT
	},
	service = MVCRenderCommand.class
)
public class EditSchoolContextMVCRenderCommand implements MVCRenderCommand {

	@Override
	public String render(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortletException {

		try {
			School school = _schoolService.getSchool(
				ParamUtil.getLong(renderRequest, "schoolId"));

			long schoolContextId = ParamUtil.getLong(
				renderRequest, "schoolContextId");

			SchoolContext schoolContext = null;

			for (SchoolContext schoolContextOfSchool :
					_schoolContextService.getSchoolContexts(
						school.getSchoolId())) {

				if (schoolContextOfSchool.getSchoolContextId() ==
						schoolContextId) {

					schoolContext = schoolContextOfSchool;
				}
			}

			renderRequest.setAttribute(
				SchoolsWebKeys.DISPLAY_CONTEXT,
				new EditSchoolContextDisplayContext(
					renderRequest, renderResponse, _portal, school,
					schoolContext));
		}
		catch (NoSuchSchoolException | PrincipalException exception) {
			return ErrorPage.show(renderRequest, exception);
		}
		catch (Exception exception) {
			throw new PortletException(exception);
		}

		return "/edit_school_context.jsp";
	}

	@Reference
	private SchoolContextService _schoolContextService;

	@Reference
	private Portal _portal;

	@Reference
	private SchoolService _schoolService;

}
