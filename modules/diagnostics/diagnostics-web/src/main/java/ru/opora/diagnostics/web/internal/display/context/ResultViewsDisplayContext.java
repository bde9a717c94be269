package ru.opora.diagnostics.web.internal.display.context;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.util.ParamUtil;

import java.util.List;

import javax.portlet.PortletURL;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import ru.opora.diagnostics.model.ResultView;
import ru.opora.diagnostics.web.internal.util.DiagnosticsServices;
import ru.opora.diagnostics.web.internal.util.ResultViewLabels;

/**
 * A page of the audit log of views of individual results (when, who viewed,
 * what), newest first, {@link #DELTA} rows a page; the subclasses say whose
 * views, through the permission-checked service.
 *
 * @author Opora
 */
public abstract class ResultViewsDisplayContext extends BaseDisplayContext {

	public static final int DELTA = 50;

	public ResultViewsDisplayContext(
		RenderRequest renderRequest, RenderResponse renderResponse, DiagnosticsServices services) {

		super(renderRequest, renderResponse, services);
	}

	/** Date and time of the view in the reader's time zone. */
	public String formatDateTime(ResultView view) {
		return getLabels().dateTime(view);
	}

	public ResultViewLabels getLabels() {
		if (_labels == null) {
			_labels = new ResultViewLabels(services, themeDisplay.getLocale(), themeDisplay.getTimeZone());
		}

		return _labels;
	}

	/** The 1-based page shown. */
	public int getPage() {
		return _page;
	}

	public int getPageCount() {
		return Math.max(1, (_total + DELTA - 1) / DELTA);
	}

	/** «Rows 51–100 of 123», or empty when there is nothing. */
	public String getPageSummary() {
		if (_total == 0) {
			return "";
		}

		int from = ((_page - 1) * DELTA) + 1;

		return message("diagnostics-audit-rows", from, from + _views.size() - 1, _total);
	}

	public String getPageURL(int page) {
		PortletURL portletURL = getPortletURL();

		portletURL.getRenderParameters().setValue("page", String.valueOf(page));

		return portletURL.toString();
	}

	/** The name of the person whose data was viewed (as the portal knows them now). */
	public String getTeacherName(ResultView view) {
		return getLabels().teacherName(view);
	}

	public int getTotal() {
		return _total;
	}

	/** The viewer's name as stored at the time of the view, or else the portal's. */
	public String getViewerName(ResultView view) {
		return getLabels().viewerName(view);
	}

	public List<ResultView> getViews() {
		return _views;
	}

	public String getWhatLabel(ResultView view) {
		return getLabels().what(view);
	}

	public boolean hasNext() {
		return _page < getPageCount();
	}

	public boolean hasPrevious() {
		return _page > 1;
	}

	protected abstract int countViews() throws PortalException;

	/** The URL of this page with its filters, without the page number. */
	protected abstract PortletURL getPortletURL();

	protected abstract List<ResultView> getViews(int start, int end) throws PortalException;

	/** Reads the count and the requested page (clamped to the last one); call once from the constructor. */
	protected void load() throws PortalException {
		_total = countViews();
		_page = Math.min(Math.max(1, ParamUtil.getInteger(renderRequest, "page", 1)), getPageCount());

		int start = (_page - 1) * DELTA;

		_views = (_total == 0) ? List.of() : getViews(start, start + DELTA);
	}

	private ResultViewLabels _labels;
	private int _page = 1;
	private int _total;
	private List<ResultView> _views = List.of();

}
