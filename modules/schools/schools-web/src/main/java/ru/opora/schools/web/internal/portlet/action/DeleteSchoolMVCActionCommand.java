package ru.opora.schools.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCActionCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.Portal;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.schools.constants.SchoolsPortletKeys;
import ru.opora.schools.service.SchoolService;
import ru.opora.schools.web.internal.constants.SchoolsWebKeys;
import ru.opora.schools.web.internal.util.ActionResults;

/**
 * Deletes a school (the JSPs ask for confirmation first).
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + SchoolsPortletKeys.SCHOOLS,
		"mvc.command.name=" + SchoolsWebKeys.MVC_DELETE_SCHOOL
	},
	service = MVCActionCommand.class
)
public class DeleteSchoolMVCActionCommand extends BaseMVCActionCommand {

	@Override
	protected void doProcessAction(
			ActionRequest actionRequest, ActionResponse actionResponse)
		throws Exception {

		long schoolId = ParamUtil.getLong(actionRequest, "schoolId");

		_schoolService.deleteSchool(schoolId);

		ActionResults.succeed(
			actionRequest, actionResponse, _portal,
			SchoolsWebKeys.SUCCESS_SCHOOL_DELETED);
	}

	@Reference
	private Portal _portal;

	@Reference
	private SchoolService _schoolService;

}
