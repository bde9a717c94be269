package ru.opora.diagnostics.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCResourceCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCResourceCommand;
import com.liferay.portal.kernel.servlet.HttpHeaders;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.WebKeys;

import java.io.OutputStream;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.portlet.ResourceRequest;
import javax.portlet.ResourceResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.diagnostics.constants.DiagnosticsPortletKeys;
import ru.opora.diagnostics.model.ResultView;
import ru.opora.diagnostics.service.ResultViewService;
import ru.opora.diagnostics.web.internal.constants.DiagnosticsWebKeys;
import ru.opora.diagnostics.web.internal.util.AggregateScope;
import ru.opora.diagnostics.web.internal.util.DiagnosticsServices;
import ru.opora.diagnostics.web.internal.util.ResultViewLabels;
import ru.opora.schools.importer.TableWriter;

/**
 * The audit log as shown on its screen (the same scope and filters, every
 * page) in an .xlsx file, e.g. for an inspection of the processing of
 * personal data. The same permission-checked service decides what is read.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + DiagnosticsPortletKeys.DIAGNOSTICS,
		"mvc.command.name=" + DiagnosticsWebKeys.MVC_EXPORT_AUDIT_LOG
	},
	service = MVCResourceCommand.class
)
public class ExportAuditLogMVCResourceCommand extends BaseMVCResourceCommand {

	/** Rows read from the service at a time. */
	public static final int CHUNK = 1000;

	@Override
	protected void doServeResource(ResourceRequest resourceRequest, ResourceResponse resourceResponse)
		throws Exception {

		ThemeDisplay themeDisplay = (ThemeDisplay)resourceRequest.getAttribute(WebKeys.THEME_DISPLAY);
		Locale locale = themeDisplay.getLocale();
		long groupId = themeDisplay.getScopeGroupId();
		long teacherUserId = ParamUtil.getLong(resourceRequest, "teacherUserId");
		long viewerUserId = ParamUtil.getLong(resourceRequest, "viewerUserId");
		ResultViewService resultViewService = _diagnosticsServices.getResultViewService();
		boolean region = AggregateScope.REGION.equals(ParamUtil.getString(resourceRequest, "scope")) &&
			resultViewService.hasRegionAccess(groupId);
		ResultViewLabels labels = new ResultViewLabels(_diagnosticsServices, locale, themeDisplay.getTimeZone());
		List<String> headers = new ArrayList<>();

		headers.add(_diagnosticsServices.getLanguage().get(locale, "diagnostics-audit-when"));

		if (region) {
			headers.add(_diagnosticsServices.getLanguage().get(locale, "diagnostics-audit-site"));
		}

		headers.add(_diagnosticsServices.getLanguage().get(locale, "diagnostics-audit-viewer"));
		headers.add(_diagnosticsServices.getLanguage().get(locale, "diagnostics-audit-teacher"));
		headers.add(_diagnosticsServices.getLanguage().get(locale, "diagnostics-audit-what"));

		List<List<String>> rows = new ArrayList<>();

		for (ResultView view : _views(resultViewService, region, groupId, teacherUserId, viewerUserId)) {
			List<String> row = new ArrayList<>();

			row.add(labels.dateTime(view));

			if (region) {
				row.add(labels.siteName(view));
			}

			row.add(labels.viewerName(view));
			row.add(labels.teacherName(view));
			row.add(labels.what(view));
			rows.add(row);
		}

		resourceResponse.setContentType(TableWriter.CONTENT_TYPE);
		resourceResponse.addProperty(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit-log.xlsx\"");

		try (OutputStream outputStream = resourceResponse.getPortletOutputStream()) {
			new TableWriter(_diagnosticsServices.getLanguage().get(locale, "diagnostics-audit-log")).write(
				headers, rows, outputStream);
		}
	}

	private List<ResultView> _views(
			ResultViewService resultViewService, boolean region, long groupId, long teacherUserId, long viewerUserId)
		throws PortalException {

		int total = region ? resultViewService.getRegionViewsCount(groupId, teacherUserId, viewerUserId) :
			resultViewService.getSiteViewsCount(groupId, teacherUserId, viewerUserId);
		Map<Long, ResultView> views = new LinkedHashMap<>();

		for (int start = 0; start < total; start += CHUNK) {
			int end = Math.min(start + CHUNK, total);

			// Views logged meanwhile shift the pages: a row read twice is kept once.

			for (ResultView view :
					region ? resultViewService.getRegionViews(groupId, teacherUserId, viewerUserId, start, end) :
						resultViewService.getSiteViews(groupId, teacherUserId, viewerUserId, start, end)) {

				views.putIfAbsent(view.getResultViewId(), view);
			}
		}

		return new ArrayList<>(views.values());
	}

	@Reference
	private DiagnosticsServices _diagnosticsServices;

}
