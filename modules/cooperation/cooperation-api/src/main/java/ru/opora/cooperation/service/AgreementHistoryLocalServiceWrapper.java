/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.cooperation.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link AgreementHistoryLocalService}.
 *
 * @author Opora
 * @see AgreementHistoryLocalService
 * @generated
 */
public class AgreementHistoryLocalServiceWrapper
	implements AgreementHistoryLocalService,
			   ServiceWrapper<AgreementHistoryLocalService> {

	public AgreementHistoryLocalServiceWrapper() {
		this(null);
	}

	public AgreementHistoryLocalServiceWrapper(
		AgreementHistoryLocalService agreementHistoryLocalService) {

		_agreementHistoryLocalService = agreementHistoryLocalService;
	}

	/**
	 * Adds the agreement history to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect AgreementHistoryLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param agreementHistory the agreement history
	 * @return the agreement history that was added
	 */
	@Override
	public ru.opora.cooperation.model.AgreementHistory addAgreementHistory(
		ru.opora.cooperation.model.AgreementHistory agreementHistory) {

		return _agreementHistoryLocalService.addAgreementHistory(
			agreementHistory);
	}

	/**
	 * Creates a new agreement history with the primary key. Does not add the agreement history to the database.
	 *
	 * @param agreementHistoryId the primary key for the new agreement history
	 * @return the new agreement history
	 */
	@Override
	public ru.opora.cooperation.model.AgreementHistory createAgreementHistory(
		long agreementHistoryId) {

		return _agreementHistoryLocalService.createAgreementHistory(
			agreementHistoryId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _agreementHistoryLocalService.createPersistedModel(
			primaryKeyObj);
	}

	/**
	 * Deletes the agreement history from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect AgreementHistoryLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param agreementHistory the agreement history
	 * @return the agreement history that was removed
	 */
	@Override
	public ru.opora.cooperation.model.AgreementHistory deleteAgreementHistory(
		ru.opora.cooperation.model.AgreementHistory agreementHistory) {

		return _agreementHistoryLocalService.deleteAgreementHistory(
			agreementHistory);
	}

	/**
	 * Deletes the agreement history with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect AgreementHistoryLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param agreementHistoryId the primary key of the agreement history
	 * @return the agreement history that was removed
	 * @throws PortalException if a agreement history with the primary key could not be found
	 */
	@Override
	public ru.opora.cooperation.model.AgreementHistory deleteAgreementHistory(
			long agreementHistoryId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _agreementHistoryLocalService.deleteAgreementHistory(
			agreementHistoryId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _agreementHistoryLocalService.deletePersistedModel(
			persistedModel);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _agreementHistoryLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _agreementHistoryLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _agreementHistoryLocalService.dynamicQuery();
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

		return _agreementHistoryLocalService.dynamicQuery(dynamicQuery);
	}

	/**
	 * Performs a dynamic query on the database and returns a range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.cooperation.model.impl.AgreementHistoryModelImpl</code>.
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

		return _agreementHistoryLocalService.dynamicQuery(
			dynamicQuery, start, end);
	}

	/**
	 * Performs a dynamic query on the database and returns an ordered range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.cooperation.model.impl.AgreementHistoryModelImpl</code>.
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

		return _agreementHistoryLocalService.dynamicQuery(
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

		return _agreementHistoryLocalService.dynamicQueryCount(dynamicQuery);
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

		return _agreementHistoryLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public ru.opora.cooperation.model.AgreementHistory fetchAgreementHistory(
		long agreementHistoryId) {

		return _agreementHistoryLocalService.fetchAgreementHistory(
			agreementHistoryId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _agreementHistoryLocalService.getActionableDynamicQuery();
	}

	/**
	 * Returns a range of all the agreement histories.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.cooperation.model.impl.AgreementHistoryModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of agreement histories
	 * @param end the upper bound of the range of agreement histories (not inclusive)
	 * @return the range of agreement histories
	 */
	@Override
	public java.util.List<ru.opora.cooperation.model.AgreementHistory>
		getAgreementHistories(int start, int end) {

		return _agreementHistoryLocalService.getAgreementHistories(start, end);
	}

	/**
	 * The history of an agreement, oldest first.
	 */
	@Override
	public java.util.List<ru.opora.cooperation.model.AgreementHistory>
		getAgreementHistories(long agreementId) {

		return _agreementHistoryLocalService.getAgreementHistories(agreementId);
	}

	/**
	 * Returns the number of agreement histories.
	 *
	 * @return the number of agreement histories
	 */
	@Override
	public int getAgreementHistoriesCount() {
		return _agreementHistoryLocalService.getAgreementHistoriesCount();
	}

	/**
	 * Returns the agreement history with the primary key.
	 *
	 * @param agreementHistoryId the primary key of the agreement history
	 * @return the agreement history
	 * @throws PortalException if a agreement history with the primary key could not be found
	 */
	@Override
	public ru.opora.cooperation.model.AgreementHistory getAgreementHistory(
			long agreementHistoryId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _agreementHistoryLocalService.getAgreementHistory(
			agreementHistoryId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _agreementHistoryLocalService.
			getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _agreementHistoryLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _agreementHistoryLocalService.getPersistedModel(primaryKeyObj);
	}

	/**
	 * Updates the agreement history in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect AgreementHistoryLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param agreementHistory the agreement history
	 * @return the agreement history that was updated
	 */
	@Override
	public ru.opora.cooperation.model.AgreementHistory updateAgreementHistory(
		ru.opora.cooperation.model.AgreementHistory agreementHistory) {

		return _agreementHistoryLocalService.updateAgreementHistory(
			agreementHistory);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _agreementHistoryLocalService.getBasePersistence();
	}

	@Override
	public AgreementHistoryLocalService getWrappedService() {
		return _agreementHistoryLocalService;
	}

	@Override
	public void setWrappedService(
		AgreementHistoryLocalService agreementHistoryLocalService) {

		_agreementHistoryLocalService = agreementHistoryLocalService;
	}

	private AgreementHistoryLocalService _agreementHistoryLocalService;

}