package ru.opora.cooperation.web.internal.display.context;

import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.portlet.RenderResponse;

import ru.opora.cooperation.model.AgreementHistory;
import ru.opora.cooperation.model.AgreementModule;
import ru.opora.cooperation.model.AgreementParty;
import ru.opora.cooperation.model.AgreementProgramme;
import ru.opora.cooperation.model.AgreementResource;
import ru.opora.cooperation.model.CooperationAgreement;
import ru.opora.cooperation.web.internal.constants.CooperationWebKeys;
import ru.opora.domain.cooperation.AgreementStatus;
import ru.opora.domain.cooperation.ApprovalState;
import ru.opora.domain.cooperation.PartyRef;

/**
 * The agreement card: header, parties with requisites and approvals,
 * programmes with modules, resources, documents, versions, history, and the
 * actions the user may take in its status.
 *
 * @author Opora
 */
public class AgreementDisplayContext extends BaseCooperationDisplayContext {

	/** A file of the agreement's folder. */
	public static class Document {

		public Document(String title, String url) {
			_title = title;
			_url = url;
		}

		public String getTitle() {
			return _title;
		}

		public String getURL() {
			return _url;
		}

		private final String _title;
		private final String _url;

	}

	public AgreementDisplayContext(
		RenderResponse renderResponse, Labels labels, CooperationPermissions permissions, long groupId,
		CooperationAgreement agreement, List<AgreementParty> parties, List<AgreementProgramme> programmes,
		List<AgreementModule> modules, List<AgreementResource> resources, List<AgreementHistory> history,
		List<CooperationAgreement> versions, ApprovalState approvalState, boolean canUpdate, boolean canDelete,
		Set<Long> approvablePartyIds, List<Document> documents) {

		super(renderResponse, labels, permissions, groupId, false);

		_agreement = agreement;
		_parties = parties;
		_programmes = programmes;
		_modules = modules;
		_resources = resources;
		_history = history;
		_versions = versions;
		_approvalState = approvalState;
		_canUpdate = canUpdate;
		_canDelete = canDelete;
		_approvablePartyIds = approvablePartyIds;
		_documents = documents;
	}

	public String getActionURL(String actionName) {
		return _actionURL(actionName, getViewAgreementURL(_agreement.getAgreementId()));
	}

	/** Deleting a draft leads back to the register. */
	public String getDeleteURL() {
		return _actionURL(
			CooperationWebKeys.MVC_DELETE_AGREEMENT,
			PortletURLBuilder.createRenderURL(
				getRenderResponse()
			).setMVCRenderCommandName(
				CooperationWebKeys.MVC_VIEW_AGREEMENTS
			).buildString());
	}

	public CooperationAgreement getAgreement() {
		return _agreement;
	}

	public ApprovalState getApprovalState() {
		return _approvalState;
	}

	public List<Document> getDocuments() {
		return _documents;
	}

	public String getEditURL() {
		return PortletURLBuilder.createRenderURL(
			getRenderResponse()
		).setMVCRenderCommandName(
			CooperationWebKeys.MVC_EDIT_AGREEMENT
		).setParameter(
			"agreementId", _agreement.getAgreementId()
		).buildString();
	}

	public List<AgreementHistory> getHistory() {
		return _history;
	}

	/** Missing approvals as names: the parties' names, then the coordinator. */
	public List<String> getMissingApprovals() {
		List<String> missing = new ArrayList<>();

		for (String key : _approvalState.missing()) {
			if (key.equals(ApprovalState.COORDINATOR)) {
				missing.add(getLabels().get("opora-cooperation-municipal-coordinator"));

				continue;
			}

			missing.add(partyName(PartyRef.parse(key)));
		}

		return missing;
	}

	/** The modules of a programme. */
	public List<AgreementModule> getModules(AgreementProgramme programme) {
		List<AgreementModule> modules = new ArrayList<>();

		for (AgreementModule module : _modules) {
			if (module.getAgreementProgrammeId() == programme.getAgreementProgrammeId()) {
				modules.add(module);
			}
		}

		return modules;
	}

	public List<AgreementParty> getParties() {
		return _parties;
	}

	public List<AgreementProgramme> getProgrammes() {
		return _programmes;
	}

	public List<AgreementResource> getResources() {
		return _resources;
	}

	public AgreementStatus getStatus() {
		return _agreement.getAgreementStatus();
	}

	public List<CooperationAgreement> getVersions() {
		return _versions;
	}

	public boolean isAmendable() {
		return _canUpdate && getStatus().isInForce();
	}

	public boolean isApprovableAsCoordinator() {
		return (getStatus() == AgreementStatus.ON_APPROVAL) && _agreement.isCoordinatorRequired() &&
			!_agreement.isCoordinatorApproved() && getPermissions().canApproveAsCoordinator();
	}

	public boolean isApprovableAsParty(AgreementParty party) {
		return (getStatus() == AgreementStatus.ON_APPROVAL) && !party.isApproved() &&
			_approvablePartyIds.contains(party.getAgreementPartyId());
	}

	public boolean isDeletable() {
		return _canDelete && (getStatus() == AgreementStatus.DRAFT);
	}

	public boolean isEditable() {
		return _canUpdate && (getStatus() == AgreementStatus.DRAFT);
	}

	/** Documents may be generated and scans attached until the agreement ends. */
	public boolean isFileable() {
		return _canUpdate && !getStatus().isFinal();
	}

	public boolean isReturnable() {
		return (getStatus() == AgreementStatus.ON_APPROVAL) &&
			(_canUpdate || getPermissions().canApproveAsCoordinator());
	}

	public boolean isSignable() {
		return _canUpdate && (getStatus() == AgreementStatus.ON_APPROVAL) && _approvalState.isComplete();
	}

	public boolean isSubmittable() {
		return isEditable();
	}

	public boolean isTerminable() {
		return getStatus().isInForce() && (_canUpdate || getPermissions().canApproveAsCoordinator());
	}

	/** The name of a party of this agreement as its requisites give it. */
	public String partyName(PartyRef partyRef) {
		if (partyRef == null) {
			return "";
		}

		return _partyNames().getOrDefault(partyRef, partyRef.key());
	}

	@Override
	protected String getTabCommand() {
		return CooperationWebKeys.MVC_VIEW_AGREEMENTS;
	}

	private String _actionURL(String actionName, String redirect) {
		return PortletURLBuilder.createActionURL(
			getRenderResponse()
		).setActionName(
			actionName
		).setParameter(
			"agreementId", _agreement.getAgreementId()
		).setParameter(
			"redirect", redirect
		).buildString();
	}

	private Map<PartyRef, String> _partyNames() {
		Map<PartyRef, String> names = new LinkedHashMap<>();

		for (AgreementParty party : _parties) {
			if (party.getPartyRef() != null) {
				names.put(party.getPartyRef(), party.getFullName());
			}
		}

		return names;
	}

	private final CooperationAgreement _agreement;
	private final ApprovalState _approvalState;
	private final Set<Long> _approvablePartyIds;
	private final boolean _canDelete;
	private final boolean _canUpdate;
	private final List<Document> _documents;
	private final List<AgreementHistory> _history;
	private final List<AgreementModule> _modules;
	private final List<AgreementParty> _parties;
	private final List<AgreementProgramme> _programmes;
	private final List<AgreementResource> _resources;
	private final List<CooperationAgreement> _versions;

}
