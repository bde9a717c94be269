/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.diagnostics.service;

import com.liferay.petra.sql.dsl.query.DSLQuery;
import com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery;
import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery;
import com.liferay.portal.kernel.dao.orm.Projection;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.exception.SystemException;
import com.liferay.portal.kernel.model.PersistedModel;
import com.liferay.portal.kernel.search.Indexable;
import com.liferay.portal.kernel.search.IndexableType;
import com.liferay.portal.kernel.service.BaseLocalService;
import com.liferay.portal.kernel.service.PersistedModelLocalService;
import com.liferay.portal.kernel.transaction.Isolation;
import com.liferay.portal.kernel.transaction.Propagation;
import com.liferay.portal.kernel.transaction.Transactional;
import com.liferay.portal.kernel.util.OrderByComparator;

import java.io.Serializable;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import ru.opora.diagnostics.model.Competence;
import ru.opora.diagnostics.model.CompetenceArea;
import ru.opora.diagnostics.model.DiagnosticItem;
import ru.opora.diagnostics.model.ItemBank;
import ru.opora.domain.diagnostics.BankVersion;

/**
 * Provides the local service interface for ItemBank. Methods of this
 * service will not have security checks based on the propagated JAAS
 * credentials because this service can only be accessed from within the same
 * VM.
 *
 * @author Opora
 * @see ItemBankLocalServiceUtil
 * @generated
 */
@ProviderType
@Transactional(
	isolation = Isolation.PORTAL,
	rollbackFor = {PortalException.class, SystemException.class}
)
public interface ItemBankLocalService
	extends BaseLocalService, PersistedModelLocalService {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add custom service methods to <code>ru.opora.diagnostics.service.impl.ItemBankLocalServiceImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface. Consume the item bank local service via injection or a <code>org.osgi.util.tracker.ServiceTracker</code>. Use {@link ItemBankLocalServiceUtil} if injection and service tracking are not available.
	 */

	/**
	 * A new competence in the draft version; its code is free in the draft and its area exists there.
	 */
	@Transactional(rollbackFor = Exception.class)
	public Competence addCompetence(
			long userId, long companyId, String code, String areaCode,
			String name, int threshold, int itemsPerSession)
		throws PortalException;

	/**
	 * A new competence area in the draft version; kind: an {@link AreaKind} code.
	 */
	@Transactional(rollbackFor = Exception.class)
	public CompetenceArea addCompetenceArea(
			long userId, long companyId, String code, String name, String kind,
			String subject)
		throws PortalException;

	/**
	 * A new item in the draft version; the competence must exist in the draft.
	 */
	@Transactional(rollbackFor = Exception.class)
	public DiagnosticItem addItem(
			long userId, long companyId, String code, String competenceCode,
			String itemType, String text, String options, String matches,
			String scoringKey, int weight)
		throws PortalException;

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
	@Indexable(type = IndexableType.REINDEX)
	public ItemBank addItemBank(ItemBank itemBank);

	/**
	 * Creates a new item bank with the primary key. Does not add the item bank to the database.
	 *
	 * @param itemBankId the primary key for the new item bank
	 * @return the new item bank
	 */
	@Transactional(enabled = false)
	public ItemBank createItemBank(long itemBankId);

	/**
	 * @throws PortalException
	 */
	public PersistedModel createPersistedModel(Serializable primaryKeyObj)
		throws PortalException;

	/**
	 * Removes a competence of the draft; refused while items of the draft measure it.
	 */
	@Transactional(rollbackFor = Exception.class)
	public Competence deleteCompetence(long userId, long competenceId)
		throws PortalException;

	/**
	 * Removes an area of the draft; refused while competences of the draft are in it.
	 */
	@Transactional(rollbackFor = Exception.class)
	public CompetenceArea deleteCompetenceArea(
			long userId, long competenceAreaId)
		throws PortalException;

	/**
	 * Removes an item of the draft (attempts are drawn from published versions only).
	 */
	@Transactional(rollbackFor = Exception.class)
	public DiagnosticItem deleteItem(long userId, long diagnosticItemId)
		throws PortalException;

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
	@Indexable(type = IndexableType.DELETE)
	public ItemBank deleteItemBank(ItemBank itemBank);

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
	@Indexable(type = IndexableType.DELETE)
	public ItemBank deleteItemBank(long itemBankId) throws PortalException;

	/**
	 * @throws PortalException
	 */
	@Override
	public PersistedModel deletePersistedModel(PersistedModel persistedModel)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public <T> T dslQuery(DSLQuery dslQuery);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public int dslQueryCount(DSLQuery dslQuery);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public DynamicQuery dynamicQuery();

	/**
	 * Performs a dynamic query on the database and returns the matching rows.
	 *
	 * @param dynamicQuery the dynamic query
	 * @return the matching rows
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public <T> List<T> dynamicQuery(DynamicQuery dynamicQuery);

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
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public <T> List<T> dynamicQuery(
		DynamicQuery dynamicQuery, int start, int end);

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
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public <T> List<T> dynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<T> orderByComparator);

	/**
	 * Returns the number of rows matching the dynamic query.
	 *
	 * @param dynamicQuery the dynamic query
	 * @return the number of rows matching the dynamic query
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public long dynamicQueryCount(DynamicQuery dynamicQuery);

	/**
	 * Returns the number of rows matching the dynamic query.
	 *
	 * @param dynamicQuery the dynamic query
	 * @param projection the projection to apply to the query
	 * @return the number of rows matching the dynamic query
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public long dynamicQueryCount(
		DynamicQuery dynamicQuery, Projection projection);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public ItemBank fetchDraft(long companyId);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public ItemBank fetchItemBank(long itemBankId);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public ItemBank fetchLatestPublished(long companyId);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public ActionableDynamicQuery getActionableDynamicQuery();

	/**
	 * The stored rows of a version as the domain's bank.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public BankVersion getBankVersion(long companyId, int version);

	/**
	 * Every version of the company's bank, newest first.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<ItemBank> getCompanyBanks(long companyId);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Competence getCompetence(long competenceId) throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public CompetenceArea getCompetenceArea(long competenceAreaId)
		throws PortalException;

	/**
	 * The areas of a version, by code.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<CompetenceArea> getCompetenceAreas(long companyId, int version);

	/**
	 * The competences of a version, by code.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<Competence> getCompetences(long companyId, int version);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public IndexableActionableDynamicQuery getIndexableActionableDynamicQuery();

	/**
	 * Returns the item bank with the primary key.
	 *
	 * @param itemBankId the primary key of the item bank
	 * @return the item bank
	 * @throws PortalException if a item bank with the primary key could not be found
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public ItemBank getItemBank(long itemBankId) throws PortalException;

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
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<ItemBank> getItemBanks(int start, int end);

	/**
	 * Returns the number of item banks.
	 *
	 * @return the number of item banks
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public int getItemBanksCount();

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<DiagnosticItem> getItems(long companyId, int version);

	/**
	 * The draft; if none, a new one holding a copy of the latest published version (or empty).
	 */
	@Transactional(rollbackFor = Exception.class)
	public ItemBank getOrCreateDraft(long userId, long companyId)
		throws PortalException;

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public String getOSGiServiceIdentifier();

	/**
	 * @throws PortalException
	 */
	@Override
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public PersistedModel getPersistedModel(Serializable primaryKeyObj)
		throws PortalException;

	/**
	 * Publishes the draft after checking the whole bank; every violation is reported.
	 */
	@Transactional(rollbackFor = Exception.class)
	public ItemBank publishDraft(long userId, long companyId)
		throws PortalException;

	/**
	 * Replaces the draft's content by a whole bank (an Excel import), after
	 * the domain check: a bank with any violation changes nothing.
	 */
	@Transactional(rollbackFor = Exception.class)
	public ItemBank replaceDraft(long userId, long companyId, BankVersion bank)
		throws PortalException;

	/**
	 * Changes a competence of the draft (its code stays: items refer to it); published versions are frozen.
	 */
	@Transactional(rollbackFor = Exception.class)
	public Competence updateCompetence(
			long userId, long competenceId, String areaCode, String name,
			int threshold, int itemsPerSession)
		throws PortalException;

	/**
	 * Changes an area of the draft (its code stays: competences refer to it); published versions are frozen.
	 */
	@Transactional(rollbackFor = Exception.class)
	public CompetenceArea updateCompetenceArea(
			long userId, long competenceAreaId, String name, String kind,
			String subject)
		throws PortalException;

	/**
	 * Changes an item of the draft; items of published versions are frozen.
	 */
	@Transactional(rollbackFor = Exception.class)
	public DiagnosticItem updateItem(
			long userId, long diagnosticItemId, String competenceCode,
			String itemType, String text, String options, String matches,
			String scoringKey, int weight)
		throws PortalException;

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
	@Indexable(type = IndexableType.REINDEX)
	public ItemBank updateItemBank(ItemBank itemBank);

}