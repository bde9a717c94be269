package ru.opora.diagnostics.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.Group;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.service.GroupLocalService;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.diagnostics.constants.DiagnosticsActionKeys;
import ru.opora.diagnostics.constants.DiagnosticsConstants;
import ru.opora.diagnostics.exception.NoSuchCompetenceAreaException;
import ru.opora.diagnostics.exception.NoSuchCompetenceException;
import ru.opora.diagnostics.exception.NoSuchDiagnosticItemException;
import ru.opora.diagnostics.internal.security.DiagnosticsAccess;
import ru.opora.diagnostics.model.Competence;
import ru.opora.diagnostics.model.CompetenceArea;
import ru.opora.diagnostics.model.DiagnosticItem;
import ru.opora.diagnostics.model.ItemBank;
import ru.opora.diagnostics.service.ItemBankLocalService;
import ru.opora.diagnostics.service.base.DiagnosticItemServiceBaseImpl;
import ru.opora.domain.diagnostics.BankSheet;
import ru.opora.domain.diagnostics.BankVersion;
import ru.opora.domain.diagnostics.SheetProblem;

/**
 * The item bank for methodologists (MANAGE_BANK in their site; the bank
 * itself is the company's, changed only from the site set in
 * DiagnosticsPrivacyConfiguration, the region's). Keys are secret: nobody
 * else reads items with their keys.
 *
 * @author Opora
 */
@Component(
	property = {"json.web.service.context.name=oporadiag", "json.web.service.context.path=DiagnosticItem"},
	service = AopService.class
)
public class DiagnosticItemServiceImpl extends DiagnosticItemServiceBaseImpl {

	public Competence addCompetence(
			long groupId, String code, String areaCode, String name, int threshold, int itemsPerSession)
		throws PortalException {

		return _itemBankLocalService.addCompetence(
			getUserId(), _checkBankChange(groupId), code, areaCode, name, threshold, itemsPerSession);
	}

	public CompetenceArea addCompetenceArea(long groupId, String code, String name, String kind, String subject)
		throws PortalException {

		return _itemBankLocalService.addCompetenceArea(
			getUserId(), _checkBankChange(groupId), code, name, kind, subject);
	}

	public DiagnosticItem addItem(
			long groupId, String code, String competenceCode, String itemType, String text, String options,
			String matches, String scoringKey, int weight)
		throws PortalException {

		return _itemBankLocalService.addItem(
			getUserId(), _checkBankChange(groupId), code, competenceCode, itemType, text, options, matches, scoringKey,
			weight);
	}

	/** Whether the bank may be changed from this site (MANAGE_BANK and the configured bank site). */
	public boolean canChangeBank(long groupId) throws PortalException {
		return _diagnosticsAccess.isBankSite(_checkBank(groupId), groupId);
	}

	public Competence deleteCompetence(long groupId, long competenceId) throws PortalException {
		getCompetence(groupId, competenceId);
		_checkBankChange(groupId);

		return _itemBankLocalService.deleteCompetence(getUserId(), competenceId);
	}

	public CompetenceArea deleteCompetenceArea(long groupId, long competenceAreaId) throws PortalException {
		getCompetenceArea(groupId, competenceAreaId);
		_checkBankChange(groupId);

		return _itemBankLocalService.deleteCompetenceArea(getUserId(), competenceAreaId);
	}

	public DiagnosticItem deleteItem(long groupId, long diagnosticItemId) throws PortalException {
		getItem(groupId, diagnosticItemId);
		_checkBankChange(groupId);

		return _itemBankLocalService.deleteItem(getUserId(), diagnosticItemId);
	}

	public List<ItemBank> getBanks(long groupId) throws PortalException {
		return _itemBankLocalService.getCompanyBanks(_checkBank(groupId));
	}

	public BankVersion getBankVersion(long groupId, int version) throws PortalException {
		return _itemBankLocalService.getBankVersion(_checkBank(groupId), version);
	}

	public Competence getCompetence(long groupId, long competenceId) throws PortalException {
		long companyId = _checkBank(groupId);
		Competence competence = _itemBankLocalService.getCompetence(competenceId);

		return _ofCompany(competence, competence.getCompanyId(), companyId, new NoSuchCompetenceException());
	}

	public CompetenceArea getCompetenceArea(long groupId, long competenceAreaId) throws PortalException {
		long companyId = _checkBank(groupId);
		CompetenceArea area = _itemBankLocalService.getCompetenceArea(competenceAreaId);

		return _ofCompany(area, area.getCompanyId(), companyId, new NoSuchCompetenceAreaException());
	}

	public List<CompetenceArea> getCompetenceAreas(long groupId, int version) throws PortalException {
		return _itemBankLocalService.getCompetenceAreas(_checkBank(groupId), version);
	}

	public List<Competence> getCompetences(long groupId, int version) throws PortalException {
		return _itemBankLocalService.getCompetences(_checkBank(groupId), version);
	}

	public DiagnosticItem getItem(long groupId, long diagnosticItemId) throws PortalException {
		long companyId = _checkBank(groupId);
		DiagnosticItem item = diagnosticItemLocalService.getDiagnosticItem(diagnosticItemId);

		return _ofCompany(item, item.getCompanyId(), companyId, new NoSuchDiagnosticItemException());
	}

	public List<DiagnosticItem> getItems(long groupId, int version) throws PortalException {
		return _itemBankLocalService.getItems(_checkBank(groupId), version);
	}

	/** Reads a bank sheet into the draft: nothing is stored unless every row is valid; the problems are returned. */
	public List<SheetProblem> importBank(long groupId, List<List<String>> rows) throws PortalException {
		long companyId = _checkBankChange(groupId);
		ItemBank draft = _itemBankLocalService.getOrCreateDraft(getUserId(), companyId);
		BankSheet sheet = BankSheet.parse(draft.getVersion(), rows);

		if (sheet.problems().isEmpty()) {
			_itemBankLocalService.replaceDraft(getUserId(), companyId, sheet.bank());
		}

		return sheet.problems();
	}

	public ItemBank publishDraft(long groupId) throws PortalException {
		return _itemBankLocalService.publishDraft(getUserId(), _checkBankChange(groupId));
	}

	public Competence updateCompetence(
			long groupId, long competenceId, String areaCode, String name, int threshold, int itemsPerSession)
		throws PortalException {

		getCompetence(groupId, competenceId);
		_checkBankChange(groupId);

		return _itemBankLocalService.updateCompetence(
			getUserId(), competenceId, areaCode, name, threshold, itemsPerSession);
	}

	public CompetenceArea updateCompetenceArea(
			long groupId, long competenceAreaId, String name, String kind, String subject)
		throws PortalException {

		getCompetenceArea(groupId, competenceAreaId);
		_checkBankChange(groupId);

		return _itemBankLocalService.updateCompetenceArea(getUserId(), competenceAreaId, name, kind, subject);
	}

	public DiagnosticItem updateItem(
			long groupId, long diagnosticItemId, String competenceCode, String itemType, String text, String options,
			String matches, String scoringKey, int weight)
		throws PortalException {

		getItem(groupId, diagnosticItemId);
		_checkBankChange(groupId);

		return _itemBankLocalService.updateItem(
			getUserId(), diagnosticItemId, competenceCode, itemType, text, options, matches, scoringKey, weight);
	}

	/**
	 * Checks MANAGE_BANK in the site and that the bank is changed from this
	 * site (the region's, see DiagnosticsPrivacyConfiguration); returns its
	 * company.
	 */
	private long _checkBankChange(long groupId) throws PortalException {
		long companyId = _checkBank(groupId);

		if (!_diagnosticsAccess.isBankSite(companyId, groupId)) {
			throw new PrincipalException.MustHavePermission(
				getPermissionChecker(), DiagnosticsConstants.RESOURCE_NAME, groupId, DiagnosticsActionKeys.MANAGE_BANK);
		}

		return companyId;
	}

	/** Checks MANAGE_BANK in the site and returns its company. */
	private long _checkBank(long groupId) throws PortalException {
		_portletResourcePermission.check(getPermissionChecker(), groupId, DiagnosticsActionKeys.MANAGE_BANK);

		Group group = _groupLocalService.getGroup(groupId);

		return group.getCompanyId();
	}

	/** A record of the site's company; another company's record is reported as missing. */
	private static <T> T _ofCompany(T record, long recordCompanyId, long companyId, PortalException missing)
		throws PortalException {

		if (recordCompanyId != companyId) {
			throw missing;
		}

		return record;
	}

	@Reference
	private DiagnosticsAccess _diagnosticsAccess;

	@Reference
	private GroupLocalService _groupLocalService;

	@Reference
	private ItemBankLocalService _itemBankLocalService;

	@Reference(target = "(resource.name=" + DiagnosticsConstants.RESOURCE_NAME + ")")
	private PortletResourcePermission _portletResourcePermission;

}
