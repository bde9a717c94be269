/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.riskprofile.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link RiskMeasureLocalService}.
 *
 * @author Opora
 * @see RiskMeasureLocalService
 * @generated
 */
public class RiskMeasureLocalServiceWrapper
	implements RiskMeasureLocalService,
			   ServiceWrapper<RiskMeasureLocalService> {

	public RiskMeasureLocalServiceWrapper() {
		this(null);
	}

	public RiskMeasureLocalServiceWrapper(
		RiskMeasureLocalService riskMeasureLocalService) {

		_riskMeasureLocalService = riskMeasureLocalService;
	}

	/**
	 * Adds the risk measure to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect RiskMeasureLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param riskMeasure the risk measure
	 * @return the risk measure that was added
	 */
	@Override
	public ru.opora.riskprofile.model.RiskMeasure addRiskMeasure(
		ru.opora.riskprofile.model.RiskMeasure riskMeasure) {

		return _riskMeasureLocalService.addRiskMeasure(riskMeasure);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskMeasureLocalService.createPersistedModel(primaryKeyObj);
	}

	/**
	 * Creates a new risk measure with the primary key. Does not add the risk measure to the database.
	 *
	 * @param riskMeasureId the primary key for the new risk measure
	 * @return the new risk measure
	 */
	@Override
	public ru.opora.riskprofile.model.RiskMeasure createRiskMeasure(
		long riskMeasureId) {

		return _riskMeasureLocalService.createRiskMeasure(riskMeasureId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskMeasureLocalService.deletePersistedModel(persistedModel);
	}

	/**
	 * Deletes the risk measure with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect RiskMeasureLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param riskMeasureId the primary key of the risk measure
	 * @return the risk measure that was removed
	 * @throws PortalException if a risk measure with the primary key could not be found
	 */
	@Override
	public ru.opora.riskprofile.model.RiskMeasure deleteRiskMeasure(
			long riskMeasureId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskMeasureLocalService.deleteRiskMeasure(riskMeasureId);
	}

	/**
	 * Deletes the risk measure from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect RiskMeasureLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param riskMeasure the risk measure
	 * @return the risk measure that was removed
	 */
	@Override
	public ru.opora.riskprofile.model.RiskMeasure deleteRiskMeasure(
		ru.opora.riskprofile.model.RiskMeasure riskMeasure) {

		return _riskMeasureLocalService.deleteRiskMeasure(riskMeasure);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _riskMeasureLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _riskMeasureLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _riskMeasureLocalService.dynamicQuery();
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

		return _riskMeasureLocalService.dynamicQuery(dynamicQuery);
	}

	/**
	 * Performs a dynamic query on the database and returns a range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.riskprofile.model.impl.RiskMeasureModelImpl</code>.
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

		return _riskMeasureLocalService.dynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * Performs a dynamic query on the database and returns an ordered range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.riskprofile.model.impl.RiskMeasureModelImpl</code>.
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

		return _riskMeasureLocalService.dynamicQuery(
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

		return _riskMeasureLocalService.dynamicQueryCount(dynamicQuery);
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

		return _riskMeasureLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public ru.opora.riskprofile.model.RiskMeasure fetchRiskMeasure(
		long riskMeasureId) {

		return _riskMeasureLocalService.fetchRiskMeasure(riskMeasureId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _riskMeasureLocalService.getActionableDynamicQuery();
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _riskMeasureLocalService.getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _riskMeasureLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskMeasureLocalService.getPersistedModel(primaryKeyObj);
	}

	/**
	 * Returns the risk measure with the primary key.
	 *
	 * @param riskMeasureId the primary key of the risk measure
	 * @return the risk measure
	 * @throws PortalException if a risk measure with the primary key could not be found
	 */
	@Override
	public ru.opora.riskprofile.model.RiskMeasure getRiskMeasure(
			long riskMeasureId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskMeasureLocalService.getRiskMeasure(riskMeasureId);
	}

	/**
	 * Returns a range of all the risk measures.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.riskprofile.model.impl.RiskMeasureModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk measures
	 * @param end the upper bound of the range of risk measures (not inclusive)
	 * @return the range of risk measures
	 */
	@Override
	public java.util.List<ru.opora.riskprofile.model.RiskMeasure>
		getRiskMeasures(int start, int end) {

		return _riskMeasureLocalService.getRiskMeasures(start, end);
	}

	/**
	 * Returns the number of risk measures.
	 *
	 * @return the number of risk measures
	 */
	@Override
	public int getRiskMeasuresCount() {
		return _riskMeasureLocalService.getRiskMeasuresCount();
	}

	/**
	 * Updates the risk measure in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect RiskMeasureLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param riskMeasure the risk measure
	 * @return the risk measure that was updated
	 */
	@Override
	public ru.opora.riskprofile.model.RiskMeasure updateRiskMeasure(
		ru.opora.riskprofile.model.RiskMeasure riskMeasure) {

		return _riskMeasureLocalService.updateRiskMeasure(riskMeasure);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _riskMeasureLocalService.getBasePersistence();
	}

	@Override
	public RiskMeasureLocalService getWrappedService() {
		return _riskMeasureLocalService;
	}

	@Override
	public void setWrappedService(
		RiskMeasureLocalService riskMeasureLocalService) {

		_riskMeasureLocalService = riskMeasureLocalService;
	}

	private RiskMeasureLocalService _riskMeasureLocalService;

}