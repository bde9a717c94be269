/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.riskprofile.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link RiskDictionaryVersionLocalService}.
 *
 * @author Opora
 * @see RiskDictionaryVersionLocalService
 * @generated
 */
public class RiskDictionaryVersionLocalServiceWrapper
	implements RiskDictionaryVersionLocalService,
			   ServiceWrapper<RiskDictionaryVersionLocalService> {

	public RiskDictionaryVersionLocalServiceWrapper() {
		this(null);
	}

	public RiskDictionaryVersionLocalServiceWrapper(
		RiskDictionaryVersionLocalService riskDictionaryVersionLocalService) {

		_riskDictionaryVersionLocalService = riskDictionaryVersionLocalService;
	}

	/**
	 * Stores the default 2021 version if the instance has none yet.
	 */
	@Override
	public ru.opora.riskprofile.model.RiskDictionaryVersion addDefaultVersion(
			long userId, long companyId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskDictionaryVersionLocalService.addDefaultVersion(
			userId, companyId);
	}

	/**
	 * Stores a new version from its text form; refuses an invalid one or a second version for a year.
	 */
	@Override
	public ru.opora.riskprofile.model.RiskDictionaryVersion
			addDictionaryVersion(long userId, long companyId, String content)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskDictionaryVersionLocalService.addDictionaryVersion(
			userId, companyId, content);
	}

	/**
	 * Adds the risk dictionary version to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect RiskDictionaryVersionLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param riskDictionaryVersion the risk dictionary version
	 * @return the risk dictionary version that was added
	 */
	@Override
	public ru.opora.riskprofile.model.RiskDictionaryVersion
		addRiskDictionaryVersion(
			ru.opora.riskprofile.model.RiskDictionaryVersion
				riskDictionaryVersion) {

		return _riskDictionaryVersionLocalService.addRiskDictionaryVersion(
			riskDictionaryVersion);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskDictionaryVersionLocalService.createPersistedModel(
			primaryKeyObj);
	}

	/**
	 * Creates a new risk dictionary version with the primary key. Does not add the risk dictionary version to the database.
	 *
	 * @param riskDictionaryVersionId the primary key for the new risk dictionary version
	 * @return the new risk dictionary version
	 */
	@Override
	public ru.opora.riskprofile.model.RiskDictionaryVersion
		createRiskDictionaryVersion(long riskDictionaryVersionId) {

		return _riskDictionaryVersionLocalService.createRiskDictionaryVersion(
			riskDictionaryVersionId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskDictionaryVersionLocalService.deletePersistedModel(
			persistedModel);
	}

	/**
	 * Deletes the risk dictionary version with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect RiskDictionaryVersionLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param riskDictionaryVersionId the primary key of the risk dictionary version
	 * @return the risk dictionary version that was removed
	 * @throws PortalException if a risk dictionary version with the primary key could not be found
	 */
	@Override
	public ru.opora.riskprofile.model.RiskDictionaryVersion
			deleteRiskDictionaryVersion(long riskDictionaryVersionId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskDictionaryVersionLocalService.deleteRiskDictionaryVersion(
			riskDictionaryVersionId);
	}

	/**
	 * Deletes the risk dictionary version from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect RiskDictionaryVersionLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param riskDictionaryVersion the risk dictionary version
	 * @return the risk dictionary version that was removed
	 */
	@Override
	public ru.opora.riskprofile.model.RiskDictionaryVersion
		deleteRiskDictionaryVersion(
			ru.opora.riskprofile.model.RiskDictionaryVersion
				riskDictionaryVersion) {

		return _riskDictionaryVersionLocalService.deleteRiskDictionaryVersion(
			riskDictionaryVersion);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _riskDictionaryVersionLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _riskDictionaryVersionLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _riskDictionaryVersionLocalService.dynamicQuery();
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

		return _riskDictionaryVersionLocalService.dynamicQuery(dynamicQuery);
	}

	/**
	 * Performs a dynamic query on the database and returns a range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.riskprofile.model.impl.RiskDictionaryVersionModelImpl</code>.
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

		return _riskDictionaryVersionLocalService.dynamicQuery(
			dynamicQuery, start, end);
	}

	/**
	 * Performs a dynamic query on the database and returns an ordered range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.riskprofile.model.impl.RiskDictionaryVersionModelImpl</code>.
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

		return _riskDictionaryVersionLocalService.dynamicQuery(
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

		return _riskDictionaryVersionLocalService.dynamicQueryCount(
			dynamicQuery);
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

		return _riskDictionaryVersionLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public ru.opora.riskprofile.model.RiskDictionaryVersion
		fetchRiskDictionaryVersion(long riskDictionaryVersionId) {

		return _riskDictionaryVersionLocalService.fetchRiskDictionaryVersion(
			riskDictionaryVersionId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _riskDictionaryVersionLocalService.getActionableDynamicQuery();
	}

	@Override
	public ru.opora.domain.risk.dictionary.DictionaryCatalog getCatalog(
		long companyId) {

		return _riskDictionaryVersionLocalService.getCatalog(companyId);
	}

	@Override
	public java.util.List<ru.opora.riskprofile.model.RiskDictionaryVersion>
		getCompanyVersions(long companyId) {

		return _riskDictionaryVersionLocalService.getCompanyVersions(companyId);
	}

	@Override
	public ru.opora.domain.risk.dictionary.FactorDictionary getDictionary(
			long riskDictionaryVersionId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskDictionaryVersionLocalService.getDictionary(
			riskDictionaryVersionId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _riskDictionaryVersionLocalService.
			getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _riskDictionaryVersionLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskDictionaryVersionLocalService.getPersistedModel(
			primaryKeyObj);
	}

	/**
	 * Returns the risk dictionary version with the primary key.
	 *
	 * @param riskDictionaryVersionId the primary key of the risk dictionary version
	 * @return the risk dictionary version
	 * @throws PortalException if a risk dictionary version with the primary key could not be found
	 */
	@Override
	public ru.opora.riskprofile.model.RiskDictionaryVersion
			getRiskDictionaryVersion(long riskDictionaryVersionId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskDictionaryVersionLocalService.getRiskDictionaryVersion(
			riskDictionaryVersionId);
	}

	/**
	 * Returns a range of all the risk dictionary versions.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.riskprofile.model.impl.RiskDictionaryVersionModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk dictionary versions
	 * @param end the upper bound of the range of risk dictionary versions (not inclusive)
	 * @return the range of risk dictionary versions
	 */
	@Override
	public java.util.List<ru.opora.riskprofile.model.RiskDictionaryVersion>
		getRiskDictionaryVersions(int start, int end) {

		return _riskDictionaryVersionLocalService.getRiskDictionaryVersions(
			start, end);
	}

	/**
	 * Returns the number of risk dictionary versions.
	 *
	 * @return the number of risk dictionary versions
	 */
	@Override
	public int getRiskDictionaryVersionsCount() {
		return _riskDictionaryVersionLocalService.
			getRiskDictionaryVersionsCount();
	}

	/**
	 * The version in force in a year (the default one is stored first if
	 * needed); an error if the year is before every version.
	 */
	@Override
	public ru.opora.riskprofile.model.RiskDictionaryVersion getVersionForYear(
			long userId, long companyId, int year)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskDictionaryVersionLocalService.getVersionForYear(
			userId, companyId, year);
	}

	/**
	 * Updates the risk dictionary version in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect RiskDictionaryVersionLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param riskDictionaryVersion the risk dictionary version
	 * @return the risk dictionary version that was updated
	 */
	@Override
	public ru.opora.riskprofile.model.RiskDictionaryVersion
		updateRiskDictionaryVersion(
			ru.opora.riskprofile.model.RiskDictionaryVersion
				riskDictionaryVersion) {

		return _riskDictionaryVersionLocalService.updateRiskDictionaryVersion(
			riskDictionaryVersion);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _riskDictionaryVersionLocalService.getBasePersistence();
	}

	@Override
	public RiskDictionaryVersionLocalService getWrappedService() {
		return _riskDictionaryVersionLocalService;
	}

	@Override
	public void setWrappedService(
		RiskDictionaryVersionLocalService riskDictionaryVersionLocalService) {

		_riskDictionaryVersionLocalService = riskDictionaryVersionLocalService;
	}

	private RiskDictionaryVersionLocalService
		_riskDictionaryVersionLocalService;

}