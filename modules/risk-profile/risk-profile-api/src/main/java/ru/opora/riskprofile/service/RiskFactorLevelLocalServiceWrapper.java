/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.riskprofile.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link RiskFactorLevelLocalService}.
 *
 * @author Opora
 * @see RiskFactorLevelLocalService
 * @generated
 */
public class RiskFactorLevelLocalServiceWrapper
	implements RiskFactorLevelLocalService,
			   ServiceWrapper<RiskFactorLevelLocalService> {

	public RiskFactorLevelLocalServiceWrapper() {
		this(null);
	}

	public RiskFactorLevelLocalServiceWrapper(
		RiskFactorLevelLocalService riskFactorLevelLocalService) {

		_riskFactorLevelLocalService = riskFactorLevelLocalService;
	}

	/**
	 * Adds the risk factor level to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect RiskFactorLevelLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param riskFactorLevel the risk factor level
	 * @return the risk factor level that was added
	 */
	@Override
	public ru.opora.riskprofile.model.RiskFactorLevel addRiskFactorLevel(
		ru.opora.riskprofile.model.RiskFactorLevel riskFactorLevel) {

		return _riskFactorLevelLocalService.addRiskFactorLevel(riskFactorLevel);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskFactorLevelLocalService.createPersistedModel(primaryKeyObj);
	}

	/**
	 * Creates a new risk factor level with the primary key. Does not add the risk factor level to the database.
	 *
	 * @param riskFactorLevelId the primary key for the new risk factor level
	 * @return the new risk factor level
	 */
	@Override
	public ru.opora.riskprofile.model.RiskFactorLevel createRiskFactorLevel(
		long riskFactorLevelId) {

		return _riskFactorLevelLocalService.createRiskFactorLevel(
			riskFactorLevelId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskFactorLevelLocalService.deletePersistedModel(
			persistedModel);
	}

	/**
	 * Deletes the risk factor level with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect RiskFactorLevelLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param riskFactorLevelId the primary key of the risk factor level
	 * @return the risk factor level that was removed
	 * @throws PortalException if a risk factor level with the primary key could not be found
	 */
	@Override
	public ru.opora.riskprofile.model.RiskFactorLevel deleteRiskFactorLevel(
			long riskFactorLevelId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskFactorLevelLocalService.deleteRiskFactorLevel(
			riskFactorLevelId);
	}

	/**
	 * Deletes the risk factor level from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect RiskFactorLevelLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param riskFactorLevel the risk factor level
	 * @return the risk factor level that was removed
	 */
	@Override
	public ru.opora.riskprofile.model.RiskFactorLevel deleteRiskFactorLevel(
		ru.opora.riskprofile.model.RiskFactorLevel riskFactorLevel) {

		return _riskFactorLevelLocalService.deleteRiskFactorLevel(
			riskFactorLevel);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _riskFactorLevelLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _riskFactorLevelLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _riskFactorLevelLocalService.dynamicQuery();
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

		return _riskFactorLevelLocalService.dynamicQuery(dynamicQuery);
	}

	/**
	 * Performs a dynamic query on the database and returns a range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.riskprofile.model.impl.RiskFactorLevelModelImpl</code>.
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

		return _riskFactorLevelLocalService.dynamicQuery(
			dynamicQuery, start, end);
	}

	/**
	 * Performs a dynamic query on the database and returns an ordered range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.riskprofile.model.impl.RiskFactorLevelModelImpl</code>.
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

		return _riskFactorLevelLocalService.dynamicQuery(
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

		return _riskFactorLevelLocalService.dynamicQueryCount(dynamicQuery);
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

		return _riskFactorLevelLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public ru.opora.riskprofile.model.RiskFactorLevel fetchRiskFactorLevel(
		long riskFactorLevelId) {

		return _riskFactorLevelLocalService.fetchRiskFactorLevel(
			riskFactorLevelId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _riskFactorLevelLocalService.getActionableDynamicQuery();
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _riskFactorLevelLocalService.
			getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _riskFactorLevelLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskFactorLevelLocalService.getPersistedModel(primaryKeyObj);
	}

	/**
	 * Returns the risk factor level with the primary key.
	 *
	 * @param riskFactorLevelId the primary key of the risk factor level
	 * @return the risk factor level
	 * @throws PortalException if a risk factor level with the primary key could not be found
	 */
	@Override
	public ru.opora.riskprofile.model.RiskFactorLevel getRiskFactorLevel(
			long riskFactorLevelId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskFactorLevelLocalService.getRiskFactorLevel(
			riskFactorLevelId);
	}

	/**
	 * Returns a range of all the risk factor levels.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.riskprofile.model.impl.RiskFactorLevelModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk factor levels
	 * @param end the upper bound of the range of risk factor levels (not inclusive)
	 * @return the range of risk factor levels
	 */
	@Override
	public java.util.List<ru.opora.riskprofile.model.RiskFactorLevel>
		getRiskFactorLevels(int start, int end) {

		return _riskFactorLevelLocalService.getRiskFactorLevels(start, end);
	}

	/**
	 * Returns the number of risk factor levels.
	 *
	 * @return the number of risk factor levels
	 */
	@Override
	public int getRiskFactorLevelsCount() {
		return _riskFactorLevelLocalService.getRiskFactorLevelsCount();
	}

	/**
	 * Updates the risk factor level in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect RiskFactorLevelLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param riskFactorLevel the risk factor level
	 * @return the risk factor level that was updated
	 */
	@Override
	public ru.opora.riskprofile.model.RiskFactorLevel updateRiskFactorLevel(
		ru.opora.riskprofile.model.RiskFactorLevel riskFactorLevel) {

		return _riskFactorLevelLocalService.updateRiskFactorLevel(
			riskFactorLevel);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _riskFactorLevelLocalService.getBasePersistence();
	}

	@Override
	public RiskFactorLevelLocalService getWrappedService() {
		return _riskFactorLevelLocalService;
	}

	@Override
	public void setWrappedService(
		RiskFactorLevelLocalService riskFactorLevelLocalService) {

		_riskFactorLevelLocalService = riskFactorLevelLocalService;
	}

	private RiskFactorLevelLocalService _riskFactorLevelLocalService;

}