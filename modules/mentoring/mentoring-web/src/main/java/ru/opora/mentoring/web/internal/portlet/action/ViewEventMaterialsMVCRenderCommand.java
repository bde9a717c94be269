package ru.opora.mentoring.web.internal.portlet.action;

import com.liferay.document.library.kernel.service.DLAppService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.WebKeys;

import java.util.Collections;
import java.util.List;

import javax.portlet.PortletException;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.library.model.Material;
import ru.opora.library.model.MaterialQuery;
import ru.opora.library.service.LibraryService;
import ru.opora.mentoring.constants.MentoringActionKeys;
import ru.opora.mentoring.constants.MentoringPortletKeys;
import ru.opora.mentoring.model.MentorAssignment;
import ru.opora.mentoring.model.SupportEvent;
import ru.opora.mentoring.web.internal.constants.MentoringWebKeys;
import ru.opora.mentoring.web.internal.display.context.EventMaterialsDisplayContext;
import ru.opora.mentoring.web.internal.util.ErrorPage;
import ru.opora.mentoring.web.internal.util.MentoringDocuments;
import ru.opora.mentoring.web.internal.util.MentoringServices;

/**
 * The library materials of a support event, for whoever sees the event;
 * its reporter (curator, mentor teacher) and coordinators also search the
 * region's library (the words given) to link more.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + MentoringPortletKeys.MENTORING,
		"mvc.command.name=" + MentoringWebKeys.MVC_EVENT_MATERIALS
	},
	service = MVCRenderCommand.class
)
public class ViewEventMaterialsMVCRenderCommand implements MVCRenderCommand {

	/** Search results shown at a time. */
	public static final int MAX_FOUND = 20;

	@Override
	public String render(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortletException {

		ThemeDisplay themeDisplay = (ThemeDisplay)renderRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		try {
			SupportEvent supportEvent =
				_mentoringServices.getSupportEventService(
				).getSupportEvent(
					ParamUtil.getLong(renderRequest, "supportEventId")
				);

			MentorAssignment mentorAssignment =
				_mentoringServices.getMentorAssignmentService(
				).getAssignment(
					supportEvent.getMentorAssignmentId()
				);

			long groupId = themeDisplay.getScopeGroupId();

			List<Material> linked = _libraryService.getMaterials(
				groupId, supportEvent.getMaterialFileEntryIdList());

			boolean editable = _isEditable(
				themeDisplay.getPermissionChecker(), mentorAssignment);

			String keywords = ParamUtil.getString(renderRequest, "keywords");

			List<Material> found = Collections.emptyList();

			if (editable && !keywords.trim().isEmpty()) {
				found = _libraryService.search(
					groupId,
					new MaterialQuery(keywords, null, 0, null, null, null), 0,
					MAX_FOUND);
			}

			renderRequest.setAttribute(
				MentoringWebKeys.DISPLAY_CONTEXT,
				new EventMaterialsDisplayContext(
					renderRequest, renderResponse, _mentoringServices,
					mentorAssignment, supportEvent, linked, found, editable,
					fileEntryId -> MentoringDocuments.previewURL(
						_dlAppService, fileEntryId, themeDisplay)));
		}
		catch (PortalException portalException) {
			return ErrorPage.show(renderRequest, portalException);
		}

		return "/event_materials.jsp";
	}

	private boolean _isEditable(
			PermissionChecker permissionChecker,
			MentorAssignment mentorAssignment)
		throws PortalException {

		return _mentoringServices.getMentorAssignmentModelResourcePermission(
		).contains(
			permissionChecker, mentorAssignment, MentoringActionKeys.REPORT
		) ||
		_mentoringServices.getMentorAssignmentModelResourcePermission(
		).contains(
			permissionChecker, mentorAssignment, ActionKeys.UPDATE
		);
	}

	@Reference
	private DLAppService _dlAppService;

	@Reference
	private LibraryService _libraryService;

	@Reference
	private MentoringServices _mentoringServices;

}
