package ru.opora.schools.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.util.WebKeys;

import javax.portlet.PortletException;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.schools.constants.SchoolsPortletKeys;
import ru.opora.schools.exception.NoSuchSchoolException;
import ru.opora.schools.model.School;
import ru.opora.schools.service.SchoolService;
import ru.opora.schools.web.internal.constants.SchoolsWebKeys;
import ru.opora.schools.web.internal.display.context.EditSchoolDisplayContext;
import ru.opora.schools.web.internal.util.ErrorPage;

/**
 * The add (schoolId 0) or edit school form.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + SchoolsPortletKeys.SCHOOLS,
		"mvc.command.name=" + SchoolsWebKeys.MVC_EDIT_SCHOOL
	},
	service = MVCRenderCommand.class
)
public class EditSchoolMVCRenderCommand implements MVCRenderCommand {

	@Override
	public String render(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortletException {

		ThemeDisplay themeDisplay = (ThemeDisplay)renderRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		try {
			long schoolId = ParamUtil.getLong(renderRequest, "schoolId");

			School school = null;

			if (schoolId > 0) {
				school = _schoolService.getSchool(schoolId);
			}

			long groupId = (school == null) ? themeDisplay.getScopeGroupId() :
				school.getGroupId();

			renderRequest.setAttribute(
				SchoolsWebKeys.DISPLAY_CONTEXT,
				new EditSchoolDisplayContext(
					renderRequest, renderResponse, _portal, school,
					_schoolService.getGroupSchools(groupId)));
		}
		catch (NoSuchSchoolException | PrincipalException exception) {
			return ErrorPage.show(renderRequest, exception);
		}
		catch (Exception exception) {
			throw new PortletException(exception);
		}

		return "/edit_school.jsp";
	}

	@Reference
	private Portal _portal;

	@Reference
	private SchoolService _schoolService;

}
