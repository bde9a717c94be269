/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.riskprofile.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link RiskDocumentSnapshotLocalService}.
 *
 * @author Opora
 * @see RiskDocumentSnapshotLocalService
 * @generated
 */
public class RiskDocumentSnapshotLocalServiceWrapper
	implements RiskDocumentSnapshotLocalService,
			   ServiceWrapper<RiskDocumentSnapshotLocalService> {

	public RiskDocumentSnapshotLocalServiceWrapper() {
		this(null);
	}

	public RiskDocumentSnapshotLocalServiceWrapper(
		RiskDocumentSnapshotLocalService riskDocumentSnapshotLocalService) {

		_riskDocumentSnapshotLocalService = riskDocumentSnapshotLocalService;
	}

	/**
	 * Adds the risk document snapshot to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect RiskDocumentSnapshotLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param riskDocumentSnapshot the risk document snapshot
	 * @return the risk document snapshot that was added
	 */
	@Override
	public ru.opora.riskprofile.model.RiskDocumentSnapshot
		addRiskDocumentSnapshot(
			ru.opora.riskprofile.model.RiskDocumentSnapshot
				riskDocumentSnapshot) {

		return _riskDocumentSnapshotLocalService.addRiskDocumentSnapshot(
			riskDocumentSnapshot);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskDocumentSnapshotLocalService.createPersistedModel(
			primaryKeyObj);
	}

	/**
	 * Creates a new risk document snapshot with the primary key. Does not add the risk document snapshot to the database.
	 *
	 * @param riskDocumentSnapshotId the primary key for the new risk document snapshot
	 * @return the new risk document snapshot
	 */
	@Override
	public ru.opora.riskprofile.model.RiskDocumentSnapshot
		createRiskDocumentSnapshot(long riskDocumentSnapshotId) {

		return _riskDocumentSnapshotLocalService.createRiskDocumentSnapshot(
			riskDocumentSnapshotId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskDocumentSnapshotLocalService.deletePersistedModel(
			persistedModel);
	}

	/**
	 * Deletes the risk document snapshot with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect RiskDocumentSnapshotLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param riskDocumentSnapshotId the primary key of the risk document snapshot
	 * @return the risk document snapshot that was removed
	 * @throws PortalException if a risk document snapshot with the primary key could not be found
	 */
	@Override
	public ru.opora.riskprofile.model.RiskDocumentSnapshot
			deleteRiskDocumentSnapshot(long riskDocumentSnapshotId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskDocumentSnapshotLocalService.deleteRiskDocumentSnapshot(
			riskDocumentSnapshotId);
	}

	/**
	 * Deletes the risk document snapshot from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect RiskDocumentSnapshotLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param riskDocumentSnapshot the risk document snapshot
	 * @return the risk document snapshot that was removed
	 */
	@Override
	public ru.opora.riskprofile.model.RiskDocumentSnapshot
		deleteRiskDocumentSnapshot(
			ru.opora.riskprofile.model.RiskDocumentSnapshot
				riskDocumentSnapshot) {

		return _riskDocumentSnapshotLocalService.deleteRiskDocumentSnapshot(
			riskDocumentSnapshot);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _riskDocumentSnapshotLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _riskDocumentSnapshotLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _riskDocumentSnapshotLocalService.dynamicQuery();
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

		return _riskDocumentSnapshotLocalService.dynamicQuery(dynamicQuery);
	}

	/**
	 * Performs a dynamic query on the database and returns a range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.riskprofile.model.impl.RiskDocumentSnapshotModelImpl</code>.
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

		return _riskDocumentSnapshotLocalService.dynamicQuery(
			dynamicQuery, start, end);
	}

	/**
	 * Performs a dynamic query on the database and returns an ordered range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.riskprofile.model.impl.RiskDocumentSnapshotModelImpl</code>.
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

		return _riskDocumentSnapshotLocalService.dynamicQuery(
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

		return _riskDocumentSnapshotLocalService.dynamicQueryCount(
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

		return _riskDocumentSnapshotLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public ru.opora.riskprofile.model.RiskDocumentSnapshot
		fetchRiskDocumentSnapshot(long riskDocumentSnapshotId) {

		return _riskDocumentSnapshotLocalService.fetchRiskDocumentSnapshot(
			riskDocumentSnapshotId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _riskDocumentSnapshotLocalService.getActionableDynamicQuery();
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _riskDocumentSnapshotLocalService.
			getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _riskDocumentSnapshotLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskDocumentSnapshotLocalService.getPersistedModel(
			primaryKeyObj);
	}

	/**
	 * Returns the risk document snapshot with the primary key.
	 *
	 * @param riskDocumentSnapshotId the primary key of the risk document snapshot
	 * @return the risk document snapshot
	 * @throws PortalException if a risk document snapshot with the primary key could not be found
	 */
	@Override
	public ru.opora.riskprofile.model.RiskDocumentSnapshot
			getRiskDocumentSnapshot(long riskDocumentSnapshotId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskDocumentSnapshotLocalService.getRiskDocumentSnapshot(
			riskDocumentSnapshotId);
	}

	/**
	 * Returns a range of all the risk document snapshots.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.riskprofile.model.impl.RiskDocumentSnapshotModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk document snapshots
	 * @param end the upper bound of the range of risk document snapshots (not inclusive)
	 * @return the range of risk document snapshots
	 */
	@Override
	public java.util.List<ru.opora.riskprofile.model.RiskDocumentSnapshot>
		getRiskDocumentSnapshots(int start, int end) {

		return _riskDocumentSnapshotLocalService.getRiskDocumentSnapshots(
			start, end);
	}

	/**
	 * Returns the number of risk document snapshots.
	 *
	 * @return the number of risk document snapshots
	 */
	@Override
	public int getRiskDocumentSnapshotsCount() {
		return _riskDocumentSnapshotLocalService.
			getRiskDocumentSnapshotsCount();
	}

	/**
	 * Updates the risk document snapshot in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect RiskDocumentSnapshotLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param riskDocumentSnapshot the risk document snapshot
	 * @return the risk document snapshot that was updated
	 */
	@Override
	public ru.opora.riskprofile.model.RiskDocumentSnapshot
		updateRiskDocumentSnapshot(
			ru.opora.riskprofile.model.RiskDocumentSnapshot
				riskDocumentSnapshot) {

		return _riskDocumentSnapshotLocalService.updateRiskDocumentSnapshot(
			riskDocumentSnapshot);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _riskDocumentSnapshotLocalService.getBasePersistence();
	}

	@Override
	public RiskDocumentSnapshotLocalService getWrappedService() {
		return _riskDocumentSnapshotLocalService;
	}

	@Override
	public void setWrappedService(
		RiskDocumentSnapshotLocalService riskDocumentSnapshotLocalService) {

		_riskDocumentSnapshotLocalService = riskDocumentSnapshotLocalService;
	}

	private RiskDocumentSnapshotLocalService _riskDocumentSnapshotLocalService;

}