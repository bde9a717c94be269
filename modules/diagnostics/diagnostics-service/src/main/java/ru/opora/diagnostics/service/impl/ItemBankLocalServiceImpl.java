package ru.opora.diagnostics.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.transaction.Transactional;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import ru.opora.diagnostics.constants.DiagnosticsConstants;
import ru.opora.diagnostics.exception.DiagnosticsValidationException;
import ru.opora.diagnostics.internal.bank.BankRecords;
import ru.opora.diagnostics.model.Competence;
import ru.opora.diagnostics.model.CompetenceArea;
import ru.opora.diagnostics.model.DiagnosticItem;
import ru.opora.diagnostics.model.ItemBank;
import ru.opora.diagnostics.service.base.ItemBankLocalServiceBaseImpl;
import ru.opora.domain.diagnostics.AreaKind;
import ru.opora.domain.diagnostics.BankVersion;
import ru.opora.domain.diagnostics.Item;
import ru.opora.domain.validation.Violation;

/**
 * The versioned item bank of a company (one per region). Methodologists
 * change only the draft version (created from the latest published one when
 * first needed); publishing checks the whole bank with the domain rules and
 * freezes it. Diagnostics are drawn from the latest published version, and
 * an attempt keeps the version it was drawn from.
 *
 * @author Opora
 */
@Component(property = "model.class.name=ru.opora.diagnostics.model.ItemBank", service = AopService.class)
public class ItemBankLocalServiceImpl extends ItemBankLocalServiceBaseImpl {

	/** A new competence in the draft version; its code is free in the draft and its area exists there. */
	@Transactional(rollbackFor = Exception.class)
	public Competence addCompetence(
			long userId, long companyId, String code, String areaCode, String name, int threshold,
			int itemsPerSession)
		throws PortalException {

		ItemBank draft = getOrCreateDraft(userId, companyId);
		Competence competence = competencePersistence.create(counterLocalService.increment());

		competence.setCompanyId(companyId);
		competence.setVersion(draft.getVersion());
		competence.setCreateDate(new Date());

		return _saveCompetence(userId, draft, competence, code, areaCode, name, threshold, itemsPerSession, true);
	}

	/** A new competence area in the draft version; kind: an {@link AreaKind} code. */
	@Transactional(rollbackFor = Exception.class)
	public CompetenceArea addCompetenceArea(
			long userId, long companyId, String code, String name, String kind, String subject)
		throws PortalException {

		ItemBank draft = getOrCreateDraft(userId, companyId);
		CompetenceArea area = competenceAreaPersistence.create(counterLocalService.increment());

		area.setCompanyId(companyId);
		area.setVersion(draft.getVersion());
		area.setCreateDate(new Date());

		return _saveArea(userId, draft, area, code, name, kind, subject, true);
	}

	/** A new item in the draft version; the competence must exist in the draft. */
	@Transactional(rollbackFor = Exception.class)
	public DiagnosticItem addItem(
			long userId, long companyId, String code, String competenceCode, String itemType, String text,
			String options, String matches, String scoringKey, int weight)
		throws PortalException {

		ItemBank draft = getOrCreateDraft(userId, companyId);

		if (diagnosticItemPersistence.fetchByC_V_C(companyId, draft.getVersion(), code) != null) {
			throw new DiagnosticsValidationException(List.of(Violation.of("code", "diagnostics-duplicate-code", code)));
		}

		DiagnosticItem item = diagnosticItemPersistence.create(counterLocalService.increment());

		item.setCompanyId(companyId);
		item.setVersion(draft.getVersion());

		return _saveItem(userId, item, code, competenceCode, itemType, text, options, matches, scoringKey, weight);
	}

	/** Removes a competence of the draft; refused while items of the draft measure it. */
	@Transactional(rollbackFor = Exception.class)
	public Competence deleteCompetence(long userId, long competenceId) throws PortalException {
		Competence competence = competencePersistence.findByPrimaryKey(competenceId);
		ItemBank draft = _draftOf(competence.getCompanyId(), competence.getVersion());

		_check(
			getBankVersion(competence.getCompanyId(), competence.getVersion()).checkCompetenceRemoval(
				competence.getCode()));
		_touch(userId, draft);

		return competencePersistence.remove(competence);
	}

	/** Removes an area of the draft; refused while competences of the draft are in it. */
	@Transactional(rollbackFor = Exception.class)
	public CompetenceArea deleteCompetenceArea(long userId, long competenceAreaId) throws PortalException {
		CompetenceArea area = competenceAreaPersistence.findByPrimaryKey(competenceAreaId);
		ItemBank draft = _draftOf(area.getCompanyId(), area.getVersion());

		_check(getBankVersion(area.getCompanyId(), area.getVersion()).checkAreaRemoval(area.getCode()));
		_touch(userId, draft);

		return competenceAreaPersistence.remove(area);
	}

	/** Removes an item of the draft (attempts are drawn from published versions only). */
	@Transactional(rollbackFor = Exception.class)
	public DiagnosticItem deleteItem(long userId, long diagnosticItemId) throws PortalException {
		DiagnosticItem item = diagnosticItemPersistence.findByPrimaryKey(diagnosticItemId);

		_touch(userId, _draftOf(item.getCompanyId(), item.getVersion()));

		return diagnosticItemPersistence.remove(item);
	}

	/** Publishes the draft after checking the whole bank; every violation is reported. */
	@Transactional(rollbackFor = Exception.class)
	public ItemBank publishDraft(long userId, long companyId) throws PortalException {
		ItemBank draft = fetchDraft(companyId);

		if (draft == null) {
			throw new DiagnosticsValidationException(List.of(Violation.of("version", "diagnostics-no-draft")));
		}

		List<Violation> violations = getBankVersion(companyId, draft.getVersion()).validate();

		if (!violations.isEmpty()) {
			throw new DiagnosticsValidationException(violations);
		}

		draft.setStatus(DiagnosticsConstants.BANK_STATUS_PUBLISHED);
		draft.setPublishDate(new Date());
		draft.setModifiedDate(new Date());
		draft.setUserId(userId);

		return itemBankPersistence.update(draft);
	}

	public ItemBank fetchDraft(long companyId) {
		for (ItemBank bank : itemBankPersistence.findByCompanyId(companyId)) {
			if (DiagnosticsConstants.BANK_STATUS_DRAFT.equals(bank.getStatus())) {
				return bank;
			}
		}

		return null;
	}

	public ItemBank fetchLatestPublished(long companyId) {
		for (ItemBank bank : itemBankPersistence.findByCompanyId(companyId)) {
			if (DiagnosticsConstants.BANK_STATUS_PUBLISHED.equals(bank.getStatus())) {
				return bank;
			}
		}

		return null;
	}

	/** The stored rows of a version as the domain's bank. */
	public BankVersion getBankVersion(long companyId, int version) {
		List<ru.opora.domain.diagnostics.CompetenceArea> areas = new ArrayList<>();
		List<ru.opora.domain.diagnostics.Competence> competences = new ArrayList<>();
		List<Item> items = new ArrayList<>();

		for (CompetenceArea area : competenceAreaPersistence.findByC_V(companyId, version)) {
			areas.add(BankRecords.area(area));
		}

		for (Competence competence : competencePersistence.findByC_V(companyId, version)) {
			competences.add(BankRecords.competence(competence));
		}

		for (DiagnosticItem item : diagnosticItemPersistence.findByC_V(companyId, version)) {
			items.add(BankRecords.item(item));
		}

		return new BankVersion(version, areas, competences, items);
	}

	public Competence getCompetence(long competenceId) throws PortalException {
		return competencePersistence.findByPrimaryKey(competenceId);
	}

	public CompetenceArea getCompetenceArea(long competenceAreaId) throws PortalException {
		return competenceAreaPersistence.findByPrimaryKey(competenceAreaId);
	}

	/** The areas of a version, by code. */
	public List<CompetenceArea> getCompetenceAreas(long companyId, int version) {
		return competenceAreaPersistence.findByC_V(companyId, version);
	}

	/** The competences of a version, by code. */
	public List<Competence> getCompetences(long companyId, int version) {
		return competencePersistence.findByC_V(companyId, version);
	}

	/** Every version of the company's bank, newest first. */
	public List<ItemBank> getCompanyBanks(long companyId) {
		return itemBankPersistence.findByCompanyId(companyId);
	}

	public List<DiagnosticItem> getItems(long companyId, int version) {
		return diagnosticItemPersistence.findByC_V(companyId, version);
	}

	/** The draft; if none, a new one holding a copy of the latest published version (or empty). */
	@Transactional(rollbackFor = Exception.class)
	public ItemBank getOrCreateDraft(long userId, long companyId) throws PortalException {
		ItemBank draft = fetchDraft(companyId);

		if (draft != null) {
			return draft;
		}

		ItemBank published = fetchLatestPublished(companyId);
		int version = (published == null) ? 1 : (published.getVersion() + 1);

		draft = _addBank(userId, companyId, version);

		if (published != null) {
			_storeRows(companyId, getBankVersion(companyId, published.getVersion()), version);
		}

		return draft;
	}

	/**
	 * Replaces the draft's content by a whole bank (an Excel import), after
	 * the domain check: a bank with any violation changes nothing.
	 */
	@Transactional(rollbackFor = Exception.class)
	public ItemBank replaceDraft(long userId, long companyId, BankVersion bank) throws PortalException {
		ItemBank draft = getOrCreateDraft(userId, companyId);
		BankVersion renumbered = new BankVersion(draft.getVersion(), bank.areas(), bank.competences(), bank.items());
		List<Violation> violations = renumbered.validate();

		if (!violations.isEmpty()) {
			throw new DiagnosticsValidationException(violations);
		}

		competenceAreaPersistence.removeByC_V(companyId, draft.getVersion());
		competencePersistence.removeByC_V(companyId, draft.getVersion());
		diagnosticItemPersistence.removeByC_V(companyId, draft.getVersion());

		_storeRows(companyId, renumbered, draft.getVersion());

		draft.setModifiedDate(new Date());
		draft.setUserId(userId);

		return itemBankPersistence.update(draft);
	}

	/** Changes a competence of the draft (its code stays: items refer to it); published versions are frozen. */
	@Transactional(rollbackFor = Exception.class)
	public Competence updateCompetence(
			long userId, long competenceId, String areaCode, String name, int threshold, int itemsPerSession)
		throws PortalException {

		Competence competence = competencePersistence.findByPrimaryKey(competenceId);
		ItemBank draft = _draftOf(competence.getCompanyId(), competence.getVersion());

		return _saveCompetence(
			userId, draft, competence, competence.getCode(), areaCode, name, threshold, itemsPerSession, false);
	}

	/** Changes an area of the draft (its code stays: competences refer to it); published versions are frozen. */
	@Transactional(rollbackFor = Exception.class)
	public CompetenceArea updateCompetenceArea(
			long userId, long competenceAreaId, String name, String kind, String subject)
		throws PortalException {

		CompetenceArea area = competenceAreaPersistence.findByPrimaryKey(competenceAreaId);
		ItemBank draft = _draftOf(area.getCompanyId(), area.getVersion());

		return _saveArea(userId, draft, area, area.getCode(), name, kind, subject, false);
	}

	/** Changes an item of the draft; items of published versions are frozen. */
	@Transactional(rollbackFor = Exception.class)
	public DiagnosticItem updateItem(
			long userId, long diagnosticItemId, String competenceCode, String itemType, String text, String options,
			String matches, String scoringKey, int weight)
		throws PortalException {

		DiagnosticItem item = diagnosticItemPersistence.findByPrimaryKey(diagnosticItemId);

		_draftOf(item.getCompanyId(), item.getVersion());

		return _saveItem(userId, item, item.getCode(), competenceCode, itemType, text, options, matches, scoringKey,
			weight);
	}

	private ItemBank _addBank(long userId, long companyId, int version) {
		ItemBank bank = itemBankPersistence.create(counterLocalService.increment());
		User user = userLocalService.fetchUser(userId);

		bank.setCompanyId(companyId);
		bank.setUserId(userId);
		bank.setUserName((user == null) ? "" : user.getFullName());
		bank.setCreateDate(new Date());
		bank.setModifiedDate(new Date());
		bank.setVersion(version);
		bank.setStatus(DiagnosticsConstants.BANK_STATUS_DRAFT);

		return itemBankPersistence.update(bank);
	}

	private static void _check(List<Violation> violations) throws DiagnosticsValidationException {
		if (!violations.isEmpty()) {
			throw new DiagnosticsValidationException(violations);
		}
	}

	/** The bank of a version if it is the draft; a published version is frozen. */
	private ItemBank _draftOf(long companyId, int version) throws PortalException {
		ItemBank bank = itemBankPersistence.findByC_V(companyId, version);

		if (!DiagnosticsConstants.BANK_STATUS_DRAFT.equals(bank.getStatus())) {
			throw new DiagnosticsValidationException(
				List.of(Violation.of("version", "diagnostics-version-published", version)));
		}

		return bank;
	}

	private CompetenceArea _saveArea(
			long userId, ItemBank draft, CompetenceArea area, String code, String name, String kind, String subject,
			boolean adding)
		throws PortalException {

		AreaKind areaKind = AreaKind.ofCode(kind);
		ru.opora.domain.diagnostics.CompetenceArea candidate = new ru.opora.domain.diagnostics.CompetenceArea(
			_trim(code), _trim(name), areaKind, subject);
		List<Violation> violations = new ArrayList<>(
			getBankVersion(area.getCompanyId(), area.getVersion()).checkArea(candidate, adding));

		if ((areaKind == null) && (kind != null) && !kind.isBlank()) {
			violations.removeIf(violation -> "kind".equals(violation.field()));
			violations.add(Violation.of("kind", "diagnostics-unknown-code", kind));
		}

		_check(violations);

		area.setCode(candidate.code());
		area.setName(candidate.name());
		area.setKind(areaKind.code());
		area.setSubject(candidate.subject());
		area.setModifiedDate(new Date());

		_touch(userId, draft);

		return competenceAreaPersistence.update(area);
	}

	private Competence _saveCompetence(
			long userId, ItemBank draft, Competence competence, String code, String areaCode, String name,
			int threshold, int itemsPerSession, boolean adding)
		throws PortalException {

		ru.opora.domain.diagnostics.Competence candidate = new ru.opora.domain.diagnostics.Competence(
			_trim(code), _trim(areaCode), _trim(name), threshold, itemsPerSession);

		_check(getBankVersion(competence.getCompanyId(), competence.getVersion()).checkCompetence(candidate, adding));

		competence.setCode(candidate.code());
		competence.setAreaCode(candidate.areaCode());
		competence.setName(candidate.name());
		competence.setThreshold(candidate.threshold());
		competence.setItemsPerSession(candidate.itemsPerSession());
		competence.setModifiedDate(new Date());

		_touch(userId, draft);

		return competencePersistence.update(competence);
	}

	private DiagnosticItem _saveItem(
			long userId, DiagnosticItem item, String code, String competenceCode, String itemType, String text,
			String options, String matches, String scoringKey, int weight)
		throws PortalException {

		item.setCode((code == null) ? null : code.trim());
		item.setCompetenceCode((competenceCode == null) ? null : competenceCode.trim());
		item.setItemType(itemType);
		item.setText(text);
		item.setOptions(String.join("\n", BankRecords.lines(options)));
		item.setMatches(String.join("\n", BankRecords.lines(matches)));
		item.setScoringKey((scoringKey == null) ? null : scoringKey.trim());
		item.setWeight(weight);

		List<Violation> violations = new ArrayList<>(BankRecords.item(item).validate());

		if ((itemType != null) && (ru.opora.domain.diagnostics.ItemType.ofCode(itemType) == null)) {
			violations.add(Violation.of("type", "diagnostics-unknown-code", itemType));
		}

		if ((item.getCompetenceCode() != null) &&
			(competencePersistence.fetchByC_V_C(item.getCompanyId(), item.getVersion(), item.getCompetenceCode()) ==
				null)) {

			violations.add(Violation.of("competenceCode", "diagnostics-unknown-code", item.getCompetenceCode()));
		}

		if (!violations.isEmpty()) {
			throw new DiagnosticsValidationException(violations);
		}

		User user = userLocalService.fetchUser(userId);

		item.setUserId(userId);
		item.setUserName((user == null) ? "" : user.getFullName());

		if (item.getCreateDate() == null) {
			item.setCreateDate(new Date());
		}

		item.setModifiedDate(new Date());

		return diagnosticItemPersistence.update(item);
	}

	private void _storeRows(long companyId, BankVersion bank, int version) {
		Date now = new Date();

		for (ru.opora.domain.diagnostics.CompetenceArea source : bank.areas()) {
			CompetenceArea area = competenceAreaPersistence.create(counterLocalService.increment());

			area.setCompanyId(companyId);
			area.setCreateDate(now);
			area.setModifiedDate(now);
			area.setVersion(version);
			area.setCode(source.code());
			area.setName(source.name());
			area.setKind(source.kind().code());
			area.setSubject(source.subject());

			competenceAreaPersistence.update(area);
		}

		for (ru.opora.domain.diagnostics.Competence source : bank.competences()) {
			Competence competence = competencePersistence.create(counterLocalService.increment());

			competence.setCompanyId(companyId);
			competence.setCreateDate(now);
			competence.setModifiedDate(now);
			competence.setVersion(version);
			competence.setCode(source.code());
			competence.setAreaCode(source.areaCode());
			competence.setName(source.name());
			competence.setThreshold(source.threshold());
			competence.setItemsPerSession(source.itemsPerSession());

			competencePersistence.update(competence);
		}

		for (Item source : bank.items()) {
			DiagnosticItem item = diagnosticItemPersistence.create(counterLocalService.increment());

			item.setCompanyId(companyId);
			item.setCreateDate(now);
			item.setModifiedDate(now);
			item.setVersion(version);
			item.setCode(source.code());
			item.setCompetenceCode(source.competenceCode());
			item.setItemType(source.type().code());
			item.setText(source.text());
			item.setOptions(String.join("\n", source.options()));
			item.setMatches(String.join("\n", source.matches()));
			item.setScoringKey(source.key());
			item.setWeight(source.weight());

			diagnosticItemPersistence.update(item);
		}
	}

	/** The draft was changed now by this user. */
	private void _touch(long userId, ItemBank draft) {
		User user = userLocalService.fetchUser(userId);

		draft.setUserId(userId);
		draft.setUserName((user == null) ? "" : user.getFullName());
		draft.setModifiedDate(new Date());

		itemBankPersistence.update(draft);
	}

	private static String _trim(String text) {
		return (text == null) ? null : text.trim();
	}

}
