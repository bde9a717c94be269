package ru.opora.mentoring.web.internal.portlet.action;

import com.liferay.document.library.kernel.model.DLFileEntry;
import com.liferay.document.library.kernel.service.DLAppService;
import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCActionCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.ServiceContextFactory;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.upload.UploadPortletRequest;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.util.WebKeys;

import java.time.LocalDate;
import java.util.Collections;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.mentoring.constants.MentoringPortletKeys;
import ru.opora.mentoring.exception.MentoringValidationException;
import ru.opora.mentoring.model.SupportEvent;
import ru.opora.mentoring.service.SupportEventService;
import ru.opora.mentoring.web.internal.constants.MentoringWebKeys;
import ru.opora.mentoring.web.internal.util.ActionResults;
import ru.opora.mentoring.web.internal.util.FormValues;
import ru.opora.mentoring.web.internal.util.MentoringDocuments;
import ru.opora.portal.util.UserDates;

/**
 * Reports on a support event: done (with the outcome) or cancelled, on the
 * report day the curator entered (today in the user's time zone when blank).
 * The event's materials folder is kept as stored.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + MentoringPortletKeys.MENTORING,
		"mvc.command.name=" + MentoringWebKeys.MVC_REPORT_SUPPORT_EVENT
	},
	service = MVCActionCommand.class
)
public class ReportSupportEventMVCActionCommand extends BaseMVCActionCommand {

	@Override
	protected void doProcessAction(
			ActionRequest actionRequest, ActionResponse actionResponse)
		throws Exception {

		long supportEventId = ParamUtil.getLong(actionRequest, "supportEventId");

		UploadPortletRequest uploadPortletRequest =
			_portal.getUploadPortletRequest(actionRequest);

		try {
			FormValues formValues = new FormValues(actionRequest);

			LocalDate reportDate = formValues.getDate("reportDate");

			formValues.throwIfUnreadable(Collections.emptyList());

			if (reportDate == null) {
				reportDate = UserDates.today(
					(ThemeDisplay)actionRequest.getAttribute(
						WebKeys.THEME_DISPLAY));
			}

			SupportEvent supportEvent = _supportEventService.getSupportEvent(
				supportEventId);

			ServiceContext serviceContext = ServiceContextFactory.getInstance(
				SupportEvent.class.getName(), actionRequest);

			long reportFolderId = supportEvent.getReportFolderId();

			// The materials of the report go to the event's folder in the Document Library

			if (MentoringDocuments.hasFile(uploadPortletRequest, "reportFiles")) {
				ServiceContext fileServiceContext =
					ServiceContextFactory.getInstance(
						DLFileEntry.class.getName(), actionRequest);

				if (reportFolderId == 0) {
					reportFolderId = MentoringDocuments.folderId(
						_dlAppService, supportEvent.getGroupId(),
						fileServiceContext, MentoringDocuments.ROOT_FOLDER,
						MentoringDocuments.REPORTS_FOLDER,
						MentoringDocuments.reportFolderName(supportEventId));
				}

				MentoringDocuments.upload(
					_dlAppService, supportEvent.getGroupId(), reportFolderId,
					uploadPortletRequest, "reportFiles", fileServiceContext);
			}

			_supportEventService.reportSupportEvent(
				supportEventId, formValues.getString("status"),
				formValues.getString("outcome"), reportFolderId, reportDate,
				serviceContext);

			ActionResults.succeed(
				actionRequest, actionResponse, _portal,
				MentoringWebKeys.SUCCESS_SUPPORT_EVENT_REPORTED);
		}
		catch (MentoringValidationException mentoringValidationException) {
			ActionResults.showFormAgain(
				actionRequest, actionResponse, _portal,
				mentoringValidationException,
				MentoringWebKeys.MVC_REPORT_SUPPORT_EVENT);
		}
		finally {
			uploadPortletRequest.cleanUp();
		}
	}

	@Reference
	private DLAppService _dlAppService;

	@Reference
	private Portal _portal;

	@Reference
	private SupportEventService _supportEventService;

}
