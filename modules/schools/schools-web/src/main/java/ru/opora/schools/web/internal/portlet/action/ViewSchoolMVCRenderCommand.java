package ru.opora.schools.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
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
import ru.opora.schools.service.AssessmentResultService;
import ru.opora.schools.service.SchoolContextService;
import ru.opora.schools.service.SchoolService;
import ru.opora.schools.web.internal.constants.SchoolsWebKeys;
import ru.opora.schools.web.internal.display.context.SiteSchools;
import ru.opora.schools.web.internal.display.context.ViewSchoolDisplayContext;
import ru.opora.schools.web.internal.util.ErrorPage;

/**
 * The school card. The school is read through the permission-checked
 * service; a missing school or a missing permission shows the error page.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + SchoolsPortletKeys.SCHOOLS,
		"mvc.command.name=" + SchoolsWebKeys.MVC_VIEW_SCHOOL
	},
	service = MVCRenderCommand.class
)
public class ViewSchoolMVCRenderCommand implements MVCRenderCommand {

	@Override
	public String render(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortletException {

		try {
			School school = _schoolService.getSchool(
				ParamUtil.getLong(renderRequest, "schoolId"));

			SiteSchools siteSchools = SiteSchools.load(
				school.getGroupId(), _schoolService, _assessmentResultService,
				_schoolContextService);

			renderRequest.setAttribute(
				SchoolsWebKeys.DISPLAY_CONTEXT,
				new ViewSchoolDisplayContext(
					renderRequest, renderResponse, _portal, school,
					siteSchools, _schoolModelResourcePermission));
		}
		catch (NoSuchSchoolException | PrincipalException exception) {
			return ErrorPage.show(renderRequest, exception);
		}
		catch (Exception exception) {
			throw new PortletException(exception);
		}

		return "/view_school.jsp";
	}

	@Reference
	private AssessmentResultService _assessmentResultService;

	@Reference
	private Portal _portal;

	@Reference
	private SchoolContextService _schoolContextService;

	@Reference(target = "(model.class.name=ru.opora.schools.model.School)")
	private ModelResourcePermission<School> _schoolModelResourcePermission;

	@Reference
	private SchoolService _schoolService;

}
