package ru.opora.diagnostics.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.diagnostics.constants.DiagnosticsPortletKeys;
import ru.opora.diagnostics.web.internal.constants.DiagnosticsWebKeys;
import ru.opora.diagnostics.web.internal.display.context.BaseDisplayContext;
import ru.opora.diagnostics.web.internal.display.context.EditCourseDisplayContext;
import ru.opora.diagnostics.web.internal.util.DiagnosticsServices;

/**
 * A course of the catalogue to add or change (MANAGE_COURSES) with who
 * enrolled on it and who completed it.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + DiagnosticsPortletKeys.DIAGNOSTICS,
		"mvc.command.name=" + DiagnosticsWebKeys.MVC_EDIT_COURSE
	},
	service = MVCRenderCommand.class
)
public class EditCourseMVCRenderCommand extends BaseDisplayContextMVCRenderCommand {

	@Override
	protected BaseDisplayContext create(
			RenderRequest renderRequest, RenderResponse renderResponse, DiagnosticsServices diagnosticsServices)
		throws PortalException {

		return new EditCourseDisplayContext(renderRequest, renderResponse, diagnosticsServices);
	}

	@Override
	protected DiagnosticsServices getDiagnosticsServices() {
		return _diagnosticsServices;
	}

	@Override
	protected String getPath() {
		return "/edit_course.jsp";
	}

	@Reference
	private DiagnosticsServices _diagnosticsServices;

}
