package ru.opora.cooperation.web.internal.portlet.action;

import com.liferay.document.library.util.DLURLHelper;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.repository.model.FileEntry;
import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ParamUtil;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.cooperation.constants.CooperationPortletKeys;
import ru.opora.cooperation.model.AgreementParty;
import ru.opora.cooperation.model.CooperationAgreement;
import ru.opora.cooperation.service.CooperationAgreementService;
import ru.opora.cooperation.web.internal.constants.CooperationWebKeys;
import ru.opora.cooperation.web.internal.display.context.AgreementDisplayContext;

/**
 * The agreement card; the service refuses an agreement the user may not
 * view in full (the error page says so).
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + CooperationPortletKeys.COOPERATION,
		"mvc.command.name=" + CooperationWebKeys.MVC_VIEW_AGREEMENT
	},
	service = MVCRenderCommand.class
)
public class ViewAgreementMVCRenderCommand extends BaseCooperationMVCRenderCommand {

	@Override
	protected String doRender(RenderRequest renderRequest, RenderResponse renderResponse) throws PortalException {
		long agreementId = ParamUtil.getLong(renderRequest, "agreementId");

		CooperationAgreementService service = cooperationServices.getCooperationAgreementService();
		ThemeDisplay themeDisplay = cooperationServices.themeDisplay(renderRequest);
		PermissionChecker permissionChecker = themeDisplay.getPermissionChecker();

		CooperationAgreement agreement = service.getAgreement(agreementId);
		List<AgreementParty> parties = service.getAgreementParties(agreementId);

		Set<Long> approvablePartyIds = new HashSet<>();

		for (AgreementParty party : parties) {
			if (service.canApproveAsParty(party.getAgreementPartyId())) {
				approvablePartyIds.add(party.getAgreementPartyId());
			}
		}

		List<AgreementDisplayContext.Document> documents = new ArrayList<>();

		if (agreement.getFolderId() > 0) {
			for (FileEntry fileEntry :
					cooperationServices.getDLAppService().getFileEntries(
						agreement.getGroupId(), agreement.getFolderId())) {

				documents.add(
					new AgreementDisplayContext.Document(
						fileEntry.getTitle(),
						_dlURLHelper.getDownloadURL(fileEntry, fileEntry.getFileVersion(), themeDisplay, "")));
			}
		}

		renderRequest.setAttribute(
			CooperationWebKeys.DISPLAY_CONTEXT,
			new AgreementDisplayContext(
				renderResponse, cooperationServices.labels(renderRequest),
				cooperationServices.permissions(renderRequest), themeDisplay.getScopeGroupId(), agreement, parties,
				service.getAgreementProgrammes(agreementId), service.getAgreementModules(agreementId),
				service.getAgreementResources(agreementId), service.getAgreementHistories(agreementId),
				service.getAgreementVersions(agreementId), service.getApprovalState(agreementId),
				cooperationServices.getModelResourcePermission().contains(
					permissionChecker, agreement, ActionKeys.UPDATE),
				cooperationServices.getModelResourcePermission().contains(
					permissionChecker, agreement, ActionKeys.DELETE),
				approvablePartyIds, documents));

		return "/view_agreement.jsp";
	}

	@Reference
	private DLURLHelper _dlURLHelper;

}
