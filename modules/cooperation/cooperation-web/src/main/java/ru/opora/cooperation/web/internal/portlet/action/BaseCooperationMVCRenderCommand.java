package ru.opora.cooperation.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;

import javax.portlet.PortletException;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Reference;

import ru.opora.cooperation.web.internal.util.CooperationServices;
import ru.opora.cooperation.web.internal.util.ErrorPage;

/**
 * What every screen does first: nothing but the "switched off" message when
 * the feature is off in the site, the error page when the service refuses.
 *
 * @author Opora
 */
public abstract class BaseCooperationMVCRenderCommand implements MVCRenderCommand {

	@Override
	public String render(RenderRequest renderRequest, RenderResponse renderResponse) throws PortletException {
		try {
			String disabledPage = cooperationServices.checkFeature(renderRequest);

			if (disabledPage != null) {
				return disabledPage;
			}

			return doRender(renderRequest, renderResponse);
		}
		catch (PortalException portalException) {
			return ErrorPage.show(renderRequest, portalException);
		}
	}

	/** Sets the display context and returns the JSP. */
	protected abstract String doRender(RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortalException;

	@Reference
	protected CooperationServices cooperationServices;

}
