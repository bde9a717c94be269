package ru.opora.schools.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCActionCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.ServiceContextFactory;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.util.WebKeys;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.domain.school.SchoolData;

import ru.opora.schools.constants.SchoolsPortletKeys;
import ru.opora.schools.exception.OporaValidationException;
import ru.opora.schools.model.School;
import ru.opora.schools.service.SchoolService;
import ru.opora.schools.web.internal.constants.SchoolsWebKeys;
import ru.opora.schools.web.internal.util.ActionResults;
import ru.opora.schools.web.internal.util.SchoolDataParser;

/**
 * Adds a school to the current site (schoolId 0) or updates one.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + SchoolsPortletKeys.SCHOOLS,
		"mvc.command.name=" + SchoolsWebKeys.MVC_EDIT_SCHOOL
	},
	service = MVCActionCommand.class
)
public class EditSchoolMVCActionCommand extends BaseMVCActionCommand {

	@Override
	protected void doProcessAction(
			ActionRequest actionRequest, ActionResponse actionResponse)
		throws Exception {

		try {
			SchoolData schoolData = SchoolDataParser.parse(actionRequest);

			ServiceContext serviceContext = ServiceContextFactory.getInstance(
				School.class.getName(), actionRequest);

			if (schoolData.schoolId() > 0) {
				_schoolService.updateSchool(
					schoolData.schoolId(), schoolData, serviceContext);
			}
			else {
				ThemeDisplay themeDisplay =
					(ThemeDisplay)actionRequest.getAttribute(
						WebKeys.THEME_DISPLAY);

				_schoolService.addSchool(
					themeDisplay.getScopeGroupId(), schoolData,
					serviceContext);
			}

			ActionResults.succeed(
				actionRequest, actionResponse, _portal,
				SchoolsWebKeys.SUCCESS_SCHOOL_SAVED);
		}
		catch (OporaValidationException oporaValidationException) {
			ActionResults.showFormAgain(
				actionRequest, actionResponse, _portal,
				oporaValidationException, SchoolsWebKeys.MVC_EDIT_SCHOOL);
		}
	}

	@Reference
	private Portal _portal;

	@Reference
	private SchoolService _schoolService;

}
