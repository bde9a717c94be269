/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.riskprofile.service;

import com.liferay.petra.sql.dsl.query.DSLQuery;
import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.PersistedModel;
import com.liferay.portal.kernel.module.service.Snapshot;
import com.liferay.portal.kernel.util.OrderByComparator;

import java.io.Serializable;

import java.util.List;

import ru.opora.riskprofile.model.RiskDocumentSnapshot;

/**
 * Provides the local service utility for RiskDocumentSnapshot. This utility wraps
 * <code>ru.opora.riskprofile.service.impl.RiskDocumentSnapshotLocalServiceImpl</code> and
 * is an access point for service operations in application layer code running
 * on the local server. Methods of this service will not have security checks
 * based on the propagated JAAS credentials because this service can only be
 * accessed from within the same VM.
 *
 * @author Opora
 * @see RiskDocumentSnapshotLocalService
 * @generated
 */
public class RiskDocumentSnapshotLocalServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>ru.opora.riskprofile.service.impl.RiskDocumentSnapshotLocalServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */

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
	public static RiskDocumentSnapshot addRiskDocumentSnapshot(
		RiskDocumentSnapshot riskDocumentSnapshot) {

		return getService().addRiskDocumentSnapshot(riskDocumentSnapshot);
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
	 * Creates a new risk document snapshot with the primary key. Does not add the risk document snapshot to the database.
	 *
	 * @param riskDocumentSnapshotId the primary key for the new risk document snapshot
	 * @return the new risk document snapshot
	 */
	public static RiskDocumentSnapshot createRiskDocumentSnapshot(
		long riskDocumentSnapshotId) {

		return getService().createRiskDocumentSnapshot(riskDocumentSnapshotId);
	}

	/**
	 * @throws PortalException
	 */
	public static PersistedModel deletePersistedModel(
			PersistedModel persistedModel)
		throws PortalException {

		return getService().deletePersistedModel(persistedModel);
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
	public static RiskDocumentSnapshot deleteRiskDocumentSnapshot(
			long riskDocumentSnapshotId)
		throws PortalException {

		return getService().deleteRiskDocumentSnapshot(riskDocumentSnapshotId);
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
	public static RiskDocumentSnapshot deleteRiskDocumentSnapshot(
		RiskDocumentSnapshot riskDocumentSnapshot) {

		return getService().deleteRiskDocumentSnapshot(riskDocumentSnapshot);
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.riskprofile.model.impl.RiskDocumentSnapshotModelImpl</code>.
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.riskprofile.model.impl.RiskDocumentSnapshotModelImpl</code>.
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

	public static RiskDocumentSnapshot fetchRiskDocumentSnapshot(
		long riskDocumentSnapshotId) {

		return getService().fetchRiskDocumentSnapshot(riskDocumentSnapshotId);
	}

	public static com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return getService().getActionableDynamicQuery();
	}

	public static
		com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
			getIndexableActionableDynamicQuery() {

		return getService().getIndexableActionableDynamicQuery();
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
	 * Returns the risk document snapshot with the primary key.
	 *
	 * @param riskDocumentSnapshotId the primary key of the risk document snapshot
	 * @return the risk document snapshot
	 * @throws PortalException if a risk document snapshot with the primary key could not be found
	 */
	public static RiskDocumentSnapshot getRiskDocumentSnapshot(
			long riskDocumentSnapshotId)
		throws PortalException {

		return getService().getRiskDocumentSnapshot(riskDocumentSnapshotId);
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
	public static List<RiskDocumentSnapshot> getRiskDocumentSnapshots(
		int start, int end) {

		return getService().getRiskDocumentSnapshots(start, end);
	}

	/**
	 * Returns the number of risk document snapshots.
	 *
	 * @return the number of risk document snapshots
	 */
	public static int getRiskDocumentSnapshotsCount() {
		return getService().getRiskDocumentSnapshotsCount();
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
	public static RiskDocumentSnapshot updateRiskDocumentSnapshot(
		RiskDocumentSnapshot riskDocumentSnapshot) {

		return getService().updateRiskDocumentSnapshot(riskDocumentSnapshot);
	}

	public static RiskDocumentSnapshotLocalService getService() {
		return _serviceSnapshot.get();
	}

	private static final Snapshot<RiskDocumentSnapshotLocalService>
		_serviceSnapshot = new Snapshot<>(
			RiskDocumentSnapshotLocalServiceUtil.class,
			RiskDocumentSnapshotLocalService.class);

}