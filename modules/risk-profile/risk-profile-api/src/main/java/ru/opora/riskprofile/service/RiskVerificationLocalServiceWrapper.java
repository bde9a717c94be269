/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.riskprofile.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link RiskVerificationLocalService}.
 *
 * @author Opora
 * @see RiskVerificationLocalService
 * @generated
 */
public class RiskVerificationLocalServiceWrapper
	implements RiskVerificationLocalService,
			   ServiceWrapper<RiskVerificationLocalService> {

	public RiskVerificationLocalServiceWrapper() {
		this(null);
	}

	public RiskVerificationLocalServiceWrapper(
		RiskVerificationLocalService riskVerificationLocalService) {

		_riskVerificationLocalService = riskVerificationLocalService;
	}

	/**
	 * Adds the risk verification to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect RiskVerificationLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param riskVerification the risk verification
	 * @return the risk verification that was added
	 */
	@Override
	public ru.opora.riskprofile.model.RiskVerification addRiskVerification(
		ru.opora.riskprofile.model.RiskVerification riskVerification) {

		return _riskVerificationLocalService.addRiskVerification(
			riskVerification);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskVerificationLocalService.createPersistedModel(
			primaryKeyObj);
	}

	/**
	 * Creates a new risk verification with the primary key. Does not add the risk verification to the database.
	 *
	 * @param riskVerificationId the primary key for the new risk verification
	 * @return the new risk verification
	 */
	@Override
	public ru.opora.riskprofile.model.RiskVerification createRiskVerification(
		long riskVerificationId) {

		return _riskVerificationLocalService.createRiskVerification(
			riskVerificationId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskVerificationLocalService.deletePersistedModel(
			persistedModel);
	}

	/**
	 * Deletes the risk verification with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect RiskVerificationLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param riskVerificationId the primary key of the risk verification
	 * @return the risk verification that was removed
	 * @throws PortalException if a risk verification with the primary key could not be found
	 */
	@Override
	public ru.opora.riskprofile.model.RiskVerification deleteRiskVerification(
			long riskVerificationId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskVerificationLocalService.deleteRiskVerification(
			riskVerificationId);
	}

	/**
	 * Deletes the risk verification from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect RiskVerificationLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param riskVerification the risk verification
	 * @return the risk verification that was removed
	 */
	@Override
	public ru.opora.riskprofile.model.RiskVerification deleteRiskVerification(
		ru.opora.riskprofile.model.RiskVerification riskVerification) {

		return _riskVerificationLocalService.deleteRiskVerification(
			riskVerification);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _riskVerificationLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _riskVerificationLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _riskVerificationLocalService.dynamicQuery();
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

		return _riskVerificationLocalService.dynamicQuery(dynamicQuery);
	}

	/**
	 * Performs a dynamic query on the database and returns a range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.riskprofile.model.impl.RiskVerificationModelImpl</code>.
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

		return _riskVerificationLocalService.dynamicQuery(
			dynamicQuery, start, end);
	}

	/**
	 * Performs a dynamic query on the database and returns an ordered range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.riskprofile.model.impl.RiskVerificationModelImpl</code>.
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

		return _riskVerificationLocalService.dynamicQuery(
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

		return _riskVerificationLocalService.dynamicQueryCount(dynamicQuery);
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

		return _riskVerificationLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public ru.opora.riskprofile.model.RiskVerification fetchRiskVerification(
		long riskVerificationId) {

		return _riskVerificationLocalService.fetchRiskVerification(
			riskVerificationId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _riskVerificationLocalService.getActionableDynamicQuery();
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _riskVerificationLocalService.
			getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _riskVerificationLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskVerificationLocalService.getPersistedModel(primaryKeyObj);
	}

	/**
	 * Returns the risk verification with the primary key.
	 *
	 * @param riskVerificationId the primary key of the risk verification
	 * @return the risk verification
	 * @throws PortalException if a risk verification with the primary key could not be found
	 */
	@Override
	public ru.opora.riskprofile.model.RiskVerification getRiskVerification(
			long riskVerificationId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskVerificationLocalService.getRiskVerification(
			riskVerificationId);
	}

	/**
	 * Returns a range of all the risk verifications.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.riskprofile.model.impl.RiskVerificationModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk verifications
	 * @param end the upper bound of the range of risk verifications (not inclusive)
	 * @return the range of risk verifications
	 */
	@Override
	public java.util.List<ru.opora.riskprofile.model.RiskVerification>
		getRiskVerifications(int start, int end) {

		return _riskVerificationLocalService.getRiskVerifications(start, end);
	}

	/**
	 * Returns the number of risk verifications.
	 *
	 * @return the number of risk verifications
	 */
	@Override
	public int getRiskVerificationsCount() {
		return _riskVerificationLocalService.getRiskVerificationsCount();
	}

	/**
	 * Updates the risk verification in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect RiskVerificationLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param riskVerification the risk verification
	 * @return the risk verification that was updated
	 */
	@Override
	public ru.opora.riskprofile.model.RiskVerification updateRiskVerification(
		ru.opora.riskprofile.model.RiskVerification riskVerification) {

		return _riskVerificationLocalService.updateRiskVerification(
			riskVerification);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _riskVerificationLocalService.getBasePersistence();
	}

	@Override
	public RiskVerificationLocalService getWrappedService() {
		return _riskVerificationLocalService;
	}

	@Override
	public void setWrappedService(
		RiskVerificationLocalService riskVerificationLocalService) {

		_riskVerificationLocalService = riskVerificationLocalService;
	}

	private RiskVerificationLocalService _riskVerificationLocalService;

}