package ru.opora.mentoring.web.internal.portlet.action;

import com.liferay.document.library.kernel.model.DLFileEntry;
import com.liferay.document.library.kernel.service.DLAppService;
import com.liferay.portal.kernel.repository.model.FileEntry;
import com.liferay.portal.kernel.upload.UploadPortletRequest;
import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCActionCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.ServiceContextFactory;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.util.WebKeys;

import java.util.List;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.domain.mentoring.assignment.AssignmentData;

import ru.opora.mentoring.constants.MentoringPortletKeys;
import ru.opora.mentoring.exception.MentoringValidationException;
import ru.opora.mentoring.model.MentorAssignment;
import ru.opora.mentoring.service.MentorAssignmentService;
import ru.opora.portal.feature.OporaFeatureService;
import ru.opora.mentoring.web.internal.constants.MentoringWebKeys;
import ru.opora.mentoring.web.internal.util.ActionResults;
import ru.opora.mentoring.web.internal.util.MentoringDocuments;
import ru.opora.mentoring.web.internal.util.AssignmentDataParser;

/**
 * Adds an assignment by hand to the current site (mentorAssignmentId 0, it
 * starts as proposed) or updates the parties, period and order of one.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + MentoringPortletKeys.MENTORING,
		"mvc.command.name=" + MentoringWebKeys.MVC_EDIT_ASSIGNMENT
	},
	service = MVCActionCommand.class
)
public class EditAssignmentMVCActionCommand extends BaseMVCActionCommand {

	@Override
	protected void doProcessAction(
			ActionRequest actionRequest, ActionResponse actionResponse)
		throws Exception {

		long mentorAssignmentId = ParamUtil.getLong(
			actionRequest, "mentorAssignmentId");

		UploadPortletRequest uploadPortletRequest =
			_portal.getUploadPortletRequest(actionRequest);

		try {
			ThemeDisplay themeDisplay = (ThemeDisplay)actionRequest.getAttribute(
				WebKeys.THEME_DISPLAY);

			AssignmentData stored = null;
			long groupId = themeDisplay.getScopeGroupId();

			if (mentorAssignmentId > 0) {
				MentorAssignment mentorAssignment =
					_mentorAssignmentService.getAssignment(mentorAssignmentId);

				stored = mentorAssignment.toAssignmentData();
				groupId = mentorAssignment.getGroupId();
			}

			// The municipality's curator capacity (Site Settings > Opora)

			int capacity = _oporaFeatureService.getCuratorCapacity(groupId);

			AssignmentData assignmentData = AssignmentDataParser.parse(
				actionRequest, stored);

			ServiceContext serviceContext = ServiceContextFactory.getInstance(
				MentorAssignment.class.getName(), actionRequest);

			MentorAssignment mentorAssignment;

			if (mentorAssignmentId > 0) {
				mentorAssignment = _mentorAssignmentService.updateAssignment(
					mentorAssignmentId, assignmentData, capacity,
					serviceContext);
			}
			else {
				mentorAssignment = _mentorAssignmentService.addAssignment(
					groupId, assignmentData, capacity, serviceContext);
			}

			// The order's scan goes to the Document Library once the assignment is valid

			if (MentoringDocuments.hasFile(uploadPortletRequest, "orderFile")) {
				ServiceContext fileServiceContext =
					ServiceContextFactory.getInstance(
						DLFileEntry.class.getName(), actionRequest);

				List<FileEntry> fileEntries = MentoringDocuments.upload(
					_dlAppService, groupId,
					MentoringDocuments.folderId(
						_dlAppService, groupId, fileServiceContext,
						MentoringDocuments.ROOT_FOLDER,
						MentoringDocuments.ORDERS_FOLDER),
					uploadPortletRequest, "orderFile", fileServiceContext);

				if (!fileEntries.isEmpty()) {
					_mentorAssignmentService.updateAssignment(
						mentorAssignment.getMentorAssignmentId(),
						assignmentData.toBuilder(
						).order(
							assignmentData.getOrderNumber(),
							assignmentData.getOrderDate(),
							fileEntries.get(
								0
							).getFileEntryId()
						).build(),
						capacity, serviceContext);
				}
			}

			ActionResults.succeed(
				actionRequest, actionResponse, _portal,
				MentoringWebKeys.SUCCESS_ASSIGNMENT_SAVED);
		}
		catch (MentoringValidationException mentoringValidationException) {
			ActionResults.showFormAgain(
				actionRequest, actionResponse, _portal,
				mentoringValidationException,
				MentoringWebKeys.MVC_EDIT_ASSIGNMENT);
		}
		finally {
			uploadPortletRequest.cleanUp();
		}
	}

	@Reference
	private DLAppService _dlAppService;

	@Reference
	private MentorAssignmentService _mentorAssignmentService;

	@Reference
	private OporaFeatureService _oporaFeatureService;

	@Reference
	private Portal _portal;

}
