package ru.opora.diagnostics.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCActionCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.util.ParamUtil;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.diagnostics.constants.DiagnosticsPortletKeys;
import ru.opora.diagnostics.exception.DiagnosticsValidationException;
import ru.opora.diagnostics.service.CourseService;
import ru.opora.diagnostics.web.internal.constants.DiagnosticsWebKeys;
import ru.opora.diagnostics.web.internal.util.ActionSupport;
import ru.opora.diagnostics.web.internal.util.DiagnosticsServices;

/**
 * Adds a course to the catalogue or changes one; on violations the form
 * again with every field's message and the entered values.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + DiagnosticsPortletKeys.DIAGNOSTICS,
		"mvc.command.name=" + DiagnosticsWebKeys.MVC_EDIT_COURSE
	},
	service = MVCActionCommand.class
)
public class EditCourseMVCActionCommand extends BaseMVCActionCommand {

	@Override
	protected void doProcessAction(ActionRequest actionRequest, ActionResponse actionResponse) throws Exception {
		CourseService courseService = _diagnosticsServices.getCourseService();
		long groupId = _diagnosticsServices.getPortal().getScopeGroupId(actionRequest);
		long courseId = ParamUtil.getLong(actionRequest, "courseId");
		String name = ParamUtil.getString(actionRequest, "name");
		String provider = ParamUtil.getString(actionRequest, "provider");
		String hours = ParamUtil.getString(actionRequest, "hours");
		String format = ParamUtil.getString(actionRequest, "format");
		String startDate = ParamUtil.getString(actionRequest, "startDate");
		String endDate = ParamUtil.getString(actionRequest, "endDate");
		String competenceCodes = _join(actionRequest.getParameterValues("competenceCodes"));
		String url = ParamUtil.getString(actionRequest, "url");

		try {
			if (courseId > 0) {
				courseService.updateCourse(
					groupId, courseId, name, provider, ActionSupport.integer(hours), format,
					OpenSessionMVCActionCommand.day(startDate), OpenSessionMVCActionCommand.day(endDate), competenceCodes,
					url);
			}
			else {
				courseService.addCourse(
					groupId, name, provider, ActionSupport.integer(hours), format,
					OpenSessionMVCActionCommand.day(startDate), OpenSessionMVCActionCommand.day(endDate), competenceCodes,
					url);
			}

			ActionSupport.succeeded(actionRequest, "diagnostics-course-saved");
			ActionSupport.go(actionResponse, DiagnosticsWebKeys.MVC_COURSES);
		}
		catch (DiagnosticsValidationException diagnosticsValidationException) {
			ActionSupport.rejected(actionRequest, _diagnosticsServices.getLanguage(), diagnosticsValidationException);
			ActionSupport.go(
				actionResponse, DiagnosticsWebKeys.MVC_EDIT_COURSE, "courseId", String.valueOf(courseId), "name", name,
				"provider", provider, "hours", hours, "format", format, "startDate", startDate, "endDate", endDate,
				"competenceCodes", competenceCodes, "url", url);
		}
	}

	private static String _join(String[] values) {
		return (values == null) ? "" : String.join(",", values);
	}

	@Reference
	private DiagnosticsServices _diagnosticsServices;

}
