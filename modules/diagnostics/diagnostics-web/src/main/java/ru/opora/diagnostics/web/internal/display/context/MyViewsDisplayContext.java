package ru.opora.diagnostics.web.internal.display.context;

import com.liferay.portal.kernel.exception.PortalException;

import java.util.List;

import javax.portlet.PortletURL;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import ru.opora.diagnostics.model.ResultView;
import ru.opora.diagnostics.web.internal.constants.DiagnosticsWebKeys;
import ru.opora.diagnostics.web.internal.util.DiagnosticsServices;

/**
 * The signed-in teacher's "who viewed my results": every view of their data
 * by somebody else, newest first.
 *
 * @author Opora
 */
public class MyViewsDisplayContext extends ResultViewsDisplayContext {

	public MyViewsDisplayContext(RenderRequest renderRequest, RenderResponse renderResponse, DiagnosticsServices services)
		throws PortalException {

		super(renderRequest, renderResponse, services);

		load();
	}

	@Override
	protected int countViews() throws PortalException {
		return services.getResultViewService().getMyViewsCount();
	}

	@Override
	protected PortletURL getPortletURL() {
		PortletURL portletURL = renderResponse.createRenderURL();

		portletURL.getRenderParameters().setValue("mvcRenderCommandName", DiagnosticsWebKeys.MVC_MY_VIEWS);

		return portletURL;
	}

	@Override
	protected List<ResultView> getViews(int start, int end) throws PortalException {
		return services.getResultViewService().getMyViews(start, end);
	}

}
