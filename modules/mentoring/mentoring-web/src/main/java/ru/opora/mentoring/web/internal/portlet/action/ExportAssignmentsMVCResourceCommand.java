package ru.opora.mentoring.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCResourceCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCResourceCommand;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.servlet.HttpHeaders;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.Validator;
import com.liferay.portal.kernel.util.WebKeys;

import java.io.OutputStream;

import java.util.List;

import javax.portlet.ResourceRequest;
import javax.portlet.ResourceResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.mentoring.constants.MentoringActionKeys;
import ru.opora.mentoring.constants.MentoringPortletKeys;
import ru.opora.mentoring.model.MentorAssignment;
import ru.opora.mentoring.web.internal.constants.MentoringWebKeys;
import ru.opora.mentoring.web.internal.display.context.AssignmentFilter;
import ru.opora.mentoring.web.internal.display.context.AssignmentTable;
import ru.opora.mentoring.web.internal.display.context.Dates;
import ru.opora.mentoring.web.internal.display.context.Figures;
import ru.opora.mentoring.web.internal.display.context.LanguageTranslator;
import ru.opora.mentoring.web.internal.display.context.Labels;
import ru.opora.mentoring.web.internal.display.context.MessageArguments;
import ru.opora.mentoring.web.internal.display.context.Names;
import ru.opora.mentoring.web.internal.display.context.Translator;
import ru.opora.mentoring.web.internal.util.MentoringServices;
import ru.opora.schools.importer.TableWriter;

/**
 * The coordinators' assignment list (same status and kind filter) as .xlsx,
 * written by the schools-import bundle's TableWriter (it embeds Apache POI).
 * Only for coordinators of the site.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + MentoringPortletKeys.MENTORING,
		"mvc.command.name=" + MentoringWebKeys.MVC_EXPORT_ASSIGNMENTS
	},
	service = MVCResourceCommand.class
)
public class ExportAssignmentsMVCResourceCommand
	extends BaseMVCResourceCommand {

	public static final String FILE_NAME = "opora-mentoring-assignments.xlsx";

	@Override
	protected void doServeResource(
			ResourceRequest resourceRequest, ResourceResponse resourceResponse)
		throws Exception {

		ThemeDisplay themeDisplay = (ThemeDisplay)resourceRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		long groupId = themeDisplay.getScopeGroupId();

		PortletResourcePermission portletResourcePermission =
			_mentoringServices.getPortletResourcePermission();

		if (!portletResourcePermission.contains(
				themeDisplay.getPermissionChecker(), groupId,
				MentoringActionKeys.ADD_ASSIGNMENT) &&
			!portletResourcePermission.contains(
				themeDisplay.getPermissionChecker(), groupId,
				MentoringActionKeys.MANAGE_SUGGESTIONS)) {

			throw new PrincipalException.MustHavePermission(
				themeDisplay.getPermissionChecker(),
				MentoringPortletKeys.MENTORING, groupId,
				MentoringActionKeys.ADD_ASSIGNMENT);
		}

		String status = ParamUtil.getString(resourceRequest, "status");

		List<MentorAssignment> mentorAssignments = AssignmentFilter.filter(
			_mentoringServices.getMentorAssignmentService(
			).getGroupAssignments(
				groupId, Validator.isNull(status) ? null : status
			),
			ParamUtil.getString(resourceRequest, "kind"));

		Translator translator = new LanguageTranslator(
			_mentoringServices.getPortal(
			).getHttpServletRequest(
				resourceRequest
			));

		Figures figures = new Figures(themeDisplay.getLocale());
		Dates dates = new Dates(themeDisplay.getLocale());

		AssignmentTable assignmentTable = new AssignmentTable(
			translator,
			new Labels(
				translator, new MessageArguments(figures, dates, translator)),
			new Names(
				groupId, _mentoringServices.getSchoolService(),
				_mentoringServices.getUserService(), translator));

		resourceResponse.setContentType(TableWriter.CONTENT_TYPE);
		resourceResponse.setProperty(
			HttpHeaders.CACHE_CONTROL, "private, no-cache");
		resourceResponse.setProperty(
			HttpHeaders.CONTENT_DISPOSITION,
			"attachment; filename=\"" + FILE_NAME + "\"");

		try (OutputStream outputStream =
				resourceResponse.getPortletOutputStream()) {

			new TableWriter(
				translator.get("opora-mentoring-assignments")
			).write(
				assignmentTable.getHeaders(),
				assignmentTable.getRows(mentorAssignments), outputStream
			);
		}
	}

	@Reference
	private MentoringServices _mentoringServices;

}
