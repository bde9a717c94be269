/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.diagnostics.service;

import com.liferay.petra.sql.dsl.query.DSLQuery;
import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.PersistedModel;
import com.liferay.portal.kernel.module.service.Snapshot;
import com.liferay.portal.kernel.util.OrderByComparator;

import java.io.Serializable;

import java.util.List;

import ru.opora.diagnostics.model.ItemBank;

/**
 * Provides the local service utility for ItemBank. This utility wraps
 * <code>ru.opora.diagnostics.service.impl.ItemBankLocalServiceImpl</code> and
 * is an access point for service operations in application layer code running
 * on the local server. Methods of this service will not have security checks
 * based on the propagated JAAS credentials because this service can only be
 * accessed from within the same VM.
 *
 * @author Opora
 * @see ItemBankLocalService
 * @generated
 */
public class ItemBankLocalServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>ru.opora.diagnostics.service.impl.ItemBankLocalServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */

	/**
	 * A new competence in the draft version; its code is free in the draft and its area exists there.
	 */
	public static ru.opora.diagnostics.model.Competence addCompetence(
			long userId, long companyId, String code, String areaCode,
			String name, int threshold, int itemsPerSession)
		throws PortalException {

		return getService().addCompetence(
			userId, companyId, code, areaCode, name, threshold,
			itemsPerSession);
	}

	/**
	 * A new competence area in the draft version; kind: an {@link AreaKind} code.
	 */
	public static ru.opora.diagnostics.model.CompetenceArea addCompetenceArea(
			long userId, long companyId, String code, String name, String kind,
			String subject)
		throws PortalException {

		return getService().addCompetenceArea(
			userId, companyId, code, name, kind, subject);
	}

	/**
	 * A new item in the draft version; the competence must exist in the draft.
	 */
	public static ru.opora.diagnostics.model.DiagnosticItem addItem(
			long userId, long companyId, String code, String competenceCode,
			String itemType, String text, String options, String matches,
			String scoringKey, int weight)
		throws PortalException {

		return getService().addItem(
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
	public static ItemBank addItemBank(ItemBank itemBank) {
		return getService().addItemBank(itemBank);
	}

	/**
	 * Creates a new item bank with the primary key. Does not add the item bank to the database.
	 *
	 * @param itemBankId the primary key for the new item bank
	 * @return the new item bank
	 */
	public static ItemBank createItemBank(long itemBankId) {
		return getService().createItemBank(itemBankId);
	}

	/**
	 * @throws PortalException
	 */
	public static PersistedModel createPersistedModel(
			Serializable primaryKeyObj)
		throws PortalException {

		return getService().createPersistedModel(primaryKeyObj);
	}

	/**
	 * Removes a competence of the draft; refused while items of the draft measure it.
	 */
	public static ru.opora.diagnostics.model.Competence deleteCompetence(
			long userId, long competenceId)
		throws PortalException {

		return getService().deleteCompetence(userId, competenceId);
	}

	/**
	 * Removes an area of the draft; refused while competences of the draft are in it.
	 */
	public static ru.opora.diagnostics.model.CompetenceArea
			deleteCompetenceArea(long userId, long competenceAreaId)
		throws PortalException {

		return getService().deleteCompetenceArea(userId, competenceAreaId);
	}

	/**
	 * Removes an item of the draft (attempts are drawn from published versions only).
	 */
	public static ru.opora.diagnostics.model.DiagnosticItem deleteItem(
			long userId, long diagnosticItemId)
		throws PortalException {

		return getService().deleteItem(userId, diagnosticItemId);
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
	public static ItemBank deleteItemBank(ItemBank itemBank) {
		return getService().deleteItemBank(itemBank);
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
	public static ItemBank deleteItemBank(long itemBankId)
		throws PortalException {

		return getService().deleteItemBank(itemBankId);
	}

	/**
	 * @throws PortalException
	 */
	public static PersistedModel deletePersistedModel(
			PersistedModel persistedModel)
		throws PortalException {

		return getService().deletePersistedModel(persistedModel);
	}

	public static <T> T dslQuery(DSLQuery dslQuery) {
		return getService().dslQuery(dslQuery);
	}

	public static int dslQueryCount(DSLQuery dslQuery) {
		return getService().dslQueryCount(dslQuery);
	}

	public static DynamicQuery dynamicQuery() {
		return getService().dynamicQuery();
	}

	/**
	 * Performs a dynamic query on the database and returns the matching rows.
	 *
	 * @param dynamicQuery the dynamic query
	 * @return the matching rows
	 */
	public static <T> List<T> dynamicQuery(DynamicQuery dynamicQuery) {
		return getService().dynamicQuery(dynamicQuery);
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
	public static <T> List<T> dynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getService().dynamicQuery(dynamicQuery, start, end);
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
	public static <T> List<T> dynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<T> orderByComparator) {

		return getService().dynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * Returns the number of rows matching the dynamic query.
	 *
	 * @param dynamicQuery the dynamic query
	 * @return the number of rows matching the dynamic query
	 */
	public static long dynamicQueryCount(DynamicQuery dynamicQuery) {
		return getService().dynamicQueryCount(dynamicQuery);
	}

	/**
	 * Returns the number of rows matching the dynamic query.
	 *
	 * @param dynamicQuery the dynamic query
	 * @param projection the projection to apply to the query
	 * @return the number of rows matching the dynamic query
	 */
	public static long dynamicQueryCount(
		DynamicQuery dynamicQuery,
		com.liferay.portal.kernel.dao.orm.Projection projection) {

		return getService().dynamicQueryCount(dynamicQuery, projection);
	}

	public static ItemBank fetchDraft(long companyId) {
		return getService().fetchDraft(companyId);
	}

	public static ItemBank fetchItemBank(long itemBankId) {
		return getService().fetchItemBank(itemBankId);
	}

	public static ItemBank fetchLatestPublished(long companyId) {
		return getService().fetchLatestPublished(companyId);
	}

	public static com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return getService().getActionableDynamicQuery();
	}

	/**
	 * The stored rows of a version as the domain's bank.
	 */
	public static ru.opora.domain.diagnostics.BankVersion getBankVersion(
		long companyId, int version) {

		return getService().getBankVersion(companyId, version);
	}

	/**
	 * Every version of the company's bank, newest first.
	 */
	public static List<ItemBank> getCompanyBanks(long companyId) {
		return getService().getCompanyBanks(companyId);
	}

	public static ru.opora.diagnostics.model.Competence getCompetence(
			long competenceId)
		throws PortalException {

		return getService().getCompetence(competenceId);
	}

	public static ru.opora.diagnostics.model.CompetenceArea getCompetenceArea(
			long competenceAreaId)
		throws PortalException {

		return getService().getCompetenceArea(competenceAreaId);
	}

	/**
	 * The areas of a version, by code.
	 */
	public static List<ru.opora.diagnostics.model.CompetenceArea>
		getCompetenceAreas(long companyId, int version) {

		return getService().getCompetenceAreas(companyId, version);
	}

	/**
	 * The competences of a version, by code.
	 */
	public static List<ru.opora.diagnostics.model.Competence> getCompetences(
		long companyId, int version) {

		return getService().getCompetences(companyId, version);
	}

	public static
		com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
			getIndexableActionableDynamicQuery() {

		return getService().getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the item bank with the primary key.
	 *
	 * @param itemBankId the primary key of the item bank
	 * @return the item bank
	 * @throws PortalException if a item bank with the primary key could not be found
	 */
	public static ItemBank getItemBank(long itemBankId) throws PortalException {
		return getService().getItemBank(itemBankId);
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
	public static List<ItemBank> getItemBanks(int start, int end) {
		return getService().getItemBanks(start, end);
	}

	/**
	 * Returns the number of item banks.
	 *
	 * @return the number of item banks
	 */
	public static int getItemBanksCount() {
		return getService().getItemBanksCount();
	}

	public static List<ru.opora.diagnostics.model.DiagnosticItem> getItems(
		long companyId, int version) {

		return getService().getItems(companyId, version);
	}

	/**
	 * The draft; if none, a new one holding a copy of the latest published version (or empty).
	 */
	public static ItemBank getOrCreateDraft(long userId, long companyId)
		throws PortalException {

		return getService().getOrCreateDraft(userId, companyId);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public static String getOSGiServiceIdentifier() {
		return getService().getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	public static PersistedModel getPersistedModel(Serializable primaryKeyObj)
		throws PortalException {

		return getService().getPersistedModel(primaryKeyObj);
	}

	/**
	 * Publishes the draft after checking the whole bank; every violation is reported.
	 */
	public static ItemBank publishDraft(long userId, long companyId)
		throws PortalException {

		return getService().publishDraft(userId, companyId);
	}

	/**
	 * Replaces the draft's content by a whole bank (an Excel import), after
	 * the domain check: a bank with any violation changes nothing.
	 */
	public static ItemBank replaceDraft(
			long userId, long companyId,
			ru.opora.domain.diagnostics.BankVersion bank)
		throws PortalException {

		return getService().replaceDraft(userId, companyId, bank);
	}

	/**
	 * Changes a competence of the draft (its code stays: items refer to it); published versions are frozen.
	 */
	public static ru.opora.diagnostics.model.Competence updateCompetence(
			long userId, long competenceId, String areaCode, String name,
			int threshold, int itemsPerSession)
		throws PortalException {

		return getService().updateCompetence(
			userId, competenceId, areaCode, name, threshold, itemsPerSession);
	}

	/**
	 * Changes an area of the draft (its code stays: competences refer to it); published versions are frozen.
	 */
	public static ru.opora.diagnostics.model.CompetenceArea
			updateCompetenceArea(
				long userId, long competenceAreaId, String name, String kind,
				String subject)
		throws PortalException {

		return getService().updateCompetenceArea(
			userId, competenceAreaId, name, kind, subject);
	}

	/**
	 * Changes an item of the draft; items of published versions are frozen.
	 */
	public static ru.opora.diagnostics.model.DiagnosticItem updateItem(
			long userId, long diagnosticItemId, String competenceCode,
			String itemType, String text, String options, String matches,
			String scoringKey, int weight)
		throws PortalException {

		return getService().updateItem(
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
	public static ItemBank updateItemBank(ItemBank itemBank) {
		return getService().updateItemBank(itemBank);
	}

	public static ItemBankLocalService getService() {
		return _serviceSnapshot.get();
	}

	private static final Snapshot<ItemBankLocalService> _serviceSnapshot =
		new Snapshot<>(
			ItemBankLocalServiceUtil.class, ItemBankLocalService.class);

}