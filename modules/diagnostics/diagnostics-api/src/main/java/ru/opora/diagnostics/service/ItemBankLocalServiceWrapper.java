/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.diagnostics.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link ItemBankLocalService}.
 *
 * @author Opora
 * @see ItemBankLocalService
 * @generated
 */
public class ItemBankLocalServiceWrapper
	implements ItemBankLocalService, ServiceWrapper<ItemBankLocalService> {

	public ItemBankLocalServiceWrapper() {
		this(null);
	}

	public ItemBankLocalServiceWrapper(
		ItemBankLocalService itemBankLocalService) {

		_itemBankLocalService = itemBankLocalService;
	}

	/**
	 * A new competence in the draft version; its code is free in the draft and its area exists there.
	 */
	@Override
	public ru.opora.diagnostics.model.Competence addCompetence(
			long userId, long companyId, String code, String areaCode,
			String name, int threshold, int itemsPerSession)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _itemBankLocalService.addCompetence(
			userId, companyId, code, areaCode, name, threshold,
			itemsPerSession);
	}

	/**
	 * A new competence area in the draft version; kind: an {@link AreaKind} code.
	 */
	@Override
	public ru.opora.diagnostics.model.CompetenceArea addCompetenceArea(
			long userId, long companyId, String code, String name, String kind,
			String subject)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _itemBankLocalService.addCompetenceArea(
			userId, companyId, code, name, kind, subject);
	}

	/**
	 * A new item in the draft version; the competence must exist in the draft.
	 */
	@Override
	public ru.opora.diagnostics.model.DiagnosticItem addItem(
			long userId, long companyId, String code, String competenceCode,
			String itemType, String text, String options, String matches,
			String scoringKey, int weight)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _itemBankLocalService.addItem(
			userId, companyId, code, competenceCode, itemType, text, options,
			matches, scoringKey, weight);
	}

	/**
	 * Adds the item bank to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect ItemBankLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param itemBank the item bank
	 * @return the item bank that was added
	 */
	@Override
	public ru.opora.diagnostics.model.ItemBank addItemBank(
		ru.opora.diagnostics.model.ItemBank itemBank) {

		return _itemBankLocalService.addItemBank(itemBank);
	}

	/**
	 * Creates a new item bank with the primary key. Does not add the item bank to the database.
	 *
	 * @param itemBankId the primary key for the new item bank
	 * @return the new item bank
	 */
	@Override
	public ru.opora.diagnostics.model.ItemBank createItemBank(long itemBankId) {
		return _itemBankLocalService.createItemBank(itemBankId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _itemBankLocalService.createPersistedModel(primaryKeyObj);
	}

	/**
	 * Removes a competence of the draft; refused while items of the draft measure it.
	 */
	@Override
	public ru.opora.diagnostics.model.Competence deleteCompetence(
			long userId, long competenceId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _itemBankLocalService.deleteCompetence(userId, competenceId);
	}

	/**
	 * Removes an area of the draft; refused while competences of the draft are in it.
	 */
	@Override
	public ru.opora.diagnostics.model.CompetenceArea deleteCompetenceArea(
			long userId, long competenceAreaId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _itemBankLocalService.deleteCompetenceArea(
			userId, competenceAreaId);
	}

	/**
	 * Removes an item of the draft (attempts are drawn from published versions only).
	 */
	@Override
	public ru.opora.diagnostics.model.DiagnosticItem deleteItem(
			long userId, long diagnosticItemId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _itemBankLocalService.deleteItem(userId, diagnosticItemId);
	}

	/**
	 * Deletes the item bank from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect ItemBankLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param itemBank the item bank
	 * @return the item bank that was removed
	 */
	@Override
	public ru.opora.diagnostics.model.ItemBank deleteItemBank(
		ru.opora.diagnostics.model.ItemBank itemBank) {

		return _itemBankLocalService.deleteItemBank(itemBank);
	}

	/**
	 * Deletes the item bank with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect ItemBankLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param itemBankId the primary key of the item bank
	 * @return the item bank that was removed
	 * @throws PortalException if a item bank with the primary key could not be found
	 */
	@Override
	public ru.opora.diagnostics.model.ItemBank deleteItemBank(long itemBankId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _itemBankLocalService.deleteItemBank(itemBankId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _itemBankLocalService.deletePersistedModel(persistedModel);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _itemBankLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _itemBankLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _itemBankLocalService.dynamicQuery();
	}

	/**
	 * Performs a dynamic query on the database and returns the matching rows.
	 *
	 * @param dynamicQuery the dynamic query
	 * @return the matching rows
	 */
	@Override
	public <T> java.util.List<T> dynamicQuery(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery) {

		return _itemBankLocalService.dynamicQuery(dynamicQuery);
	}

	/**
	 * Performs a dynamic query on the database and returns a range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.diagnostics.model.impl.ItemBankModelImpl</code>.
	 * </p>
	 *
	 * @param dynamicQuery the dynamic query
	 * @param start the lower bound of the range of model instances
	 * @param end the upper bound of the range of model instances (not inclusive)
	 * @return the range of matching rows
	 */
	@Override
	public <T> java.util.List<T> dynamicQuery(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery, int start,
		int end) {

		return _itemBankLocalService.dynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * Performs a dynamic query on the database and returns an ordered range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.diagnostics.model.impl.ItemBankModelImpl</code>.
	 * </p>
	 *
	 * @param dynamicQuery the dynamic query
	 * @param start the lower bound of the range of model instances
	 * @param end the upper bound of the range of model instances (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching rows
	 */
	@Override
	public <T> java.util.List<T> dynamicQuery(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery, int start,
		int end,
		com.liferay.portal.kernel.util.OrderByComparator<T> orderByComparator) {

		return _itemBankLocalService.dynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * Returns the number of rows matching the dynamic query.
	 *
	 * @param dynamicQuery the dynamic query
	 * @return the number of rows matching the dynamic query
	 */
	@Override
	public long dynamicQueryCount(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery) {

		return _itemBankLocalService.dynamicQueryCount(dynamicQuery);
	}

	/**
	 * Returns the number of rows matching the dynamic query.
	 *
	 * @param dynamicQuery the dynamic query
	 * @param projection the projection to apply to the query
	 * @return the number of rows matching the dynamic query
	 */
	@Override
	public long dynamicQueryCount(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery,
		com.liferay.portal.kernel.dao.orm.Projection projection) {

		return _itemBankLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public ru.opora.diagnostics.model.ItemBank fetchDraft(long companyId) {
		return _itemBankLocalService.fetchDraft(companyId);
	}

	@Override
	public ru.opora.diagnostics.model.ItemBank fetchItemBank(long itemBankId) {
		return _itemBankLocalService.fetchItemBank(itemBankId);
	}

	@Override
	public ru.opora.diagnostics.model.ItemBank fetchLatestPublished(
		long companyId) {

		return _itemBankLocalService.fetchLatestPublished(companyId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _itemBankLocalService.getActionableDynamicQuery();
	}

	/**
	 * The stored rows of a version as the domain's bank.
	 */
	@Override
	public ru.opora.domain.diagnostics.BankVersion getBankVersion(
		long companyId, int version) {

		return _itemBankLocalService.getBankVersion(companyId, version);
	}

	/**
	 * Every version of the company's bank, newest first.
	 */
	@Override
	public java.util.List<ru.opora.diagnostics.model.ItemBank> getCompanyBanks(
		long companyId) {

		return _itemBankLocalService.getCompanyBanks(companyId);
	}

	@Override
	public ru.opora.diagnostics.model.Competence getCompetence(
			long competenceId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _itemBankLocalService.getCompetence(competenceId);
	}

	@Override
	public ru.opora.diagnostics.model.CompetenceArea getCompetenceArea(
			long competenceAreaId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _itemBankLocalService.getCompetenceArea(competenceAreaId);
	}

	/**
	 * The areas of a version, by code.
	 */
	@Override
	public java.util.List<ru.opora.diagnostics.model.CompetenceArea>
		getCompetenceAreas(long companyId, int version) {

		return _itemBankLocalService.getCompetenceAreas(companyId, version);
	}

	/**
	 * The competences of a version, by code.
	 */
	@Override
	public java.util.List<ru.opora.diagnostics.model.Competence> getCompetences(
		long companyId, int version) {

		return _itemBankLocalService.getCompetences(companyId, version);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _itemBankLocalService.getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the item bank with the primary key.
	 *
	 * @param itemBankId the primary key of the item bank
	 * @return the item bank
	 * @throws PortalException if a item bank with the primary key could not be found
	 */
	@Override
	public ru.opora.diagnostics.model.ItemBank getItemBank(long itemBankId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _itemBankLocalService.getItemBank(itemBankId);
	}

	/**
	 * Returns a range of all the item banks.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.diagnostics.model.impl.ItemBankModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of item banks
	 * @param end the upper bound of the range of item banks (not inclusive)
	 * @return the range of item banks
	 */
	@Override
	public java.util.List<ru.opora.diagnostics.model.ItemBank> getItemBanks(
		int start, int end) {

		return _itemBankLocalService.getItemBanks(start, end);
	}

	/**
	 * Returns the number of item banks.
	 *
	 * @return the number of item banks
	 */
	@Override
	public int getItemBanksCount() {
		return _itemBankLocalService.getItemBanksCount();
	}

	@Override
	public java.util.List<ru.opora.diagnostics.model.DiagnosticItem> getItems(
		long companyId, int version) {

		return _itemBankLocalService.getItems(companyId, version);
	}

	/**
	 * The draft; if none, a new one holding a copy of the latest published version (or empty).
	 */
	@Override
	public ru.opora.diagnostics.model.ItemBank getOrCreateDraft(
			long userId, long companyId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _itemBankLocalService.getOrCreateDraft(userId, companyId);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _itemBankLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _itemBankLocalService.getPersistedModel(primaryKeyObj);
	}

	/**
	 * Publishes the draft after checking the whole bank; every violation is reported.
	 */
	@Override
	public ru.opora.diagnostics.model.ItemBank publishDraft(
			long userId, long companyId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _itemBankLocalService.publishDraft(userId, companyId);
	}

	/**
	 * Replaces the draft's content by a whole bank (an Excel import), after
	 * the domain check: a bank with any violation changes nothing.
	 */
	@Override
	public ru.opora.diagnostics.model.ItemBank replaceDraft(
			long userId, long companyId,
			ru.opora.domain.diagnostics.BankVersion bank)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _itemBankLocalService.replaceDraft(userId, companyId, bank);
	}

	/**
	 * Changes a competence of the draft (its code stays: items refer to it); published versions are frozen.
	 */
	@Override
	public ru.opora.diagnostics.model.Competence updateCompetence(
			long userId, long competenceId, String areaCode, String name,
			int threshold, int itemsPerSession)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _itemBankLocalService.updateCompetence(
			userId, competenceId, areaCode, name, threshold, itemsPerSession);
	}

	/**
	 * Changes an area of the draft (its code stays: competences refer to it); published versions are frozen.
	 */
	@Override
	public ru.opora.diagnostics.model.CompetenceArea updateCompetenceArea(
			long userId, long competenceAreaId, String name, String kind,
			String subject)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _itemBankLocalService.updateCompetenceArea(
			userId, competenceAreaId, name, kind, subject);
	}

	/**
	 * Changes an item of the draft; items of published versions are frozen.
	 */
	@Override
	public ru.opora.diagnostics.model.DiagnosticItem updateItem(
			long userId, long diagnosticItemId, String competenceCode,
			String itemType, String text, String options, String matches,
			String scoringKey, int weight)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _itemBankLocalService.updateItem(
			userId, diagnosticItemId, competenceCode, itemType, text, options,
			matches, scoringKey, weight);
	}

	/**
	 * Updates the item bank in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect ItemBankLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param itemBank the item bank
	 * @return the item bank that was updated
	 */
	@Override
	public ru.opora.diagnostics.model.ItemBank updateItemBank(
		ru.opora.diagnostics.model.ItemBank itemBank) {

		return _itemBankLocalService.updateItemBank(itemBank);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _itemBankLocalService.getBasePersistence();
	}

	@Override
	public ItemBankLocalService getWrappedService() {
		return _itemBankLocalService;
	}

	@Override
	public void setWrappedService(ItemBankLocalService itemBankLocalService) {
		_itemBankLocalService = itemBankLocalService;
	}

	private ItemBankLocalService _itemBankLocalService;

}