/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.cooperation.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link AgreementResourceLocalService}.
 *
 * @author Opora
 * @see AgreementResourceLocalService
 * @generated
 */
public class AgreementResourceLocalServiceWrapper
	implements AgreementResourceLocalService,
			   ServiceWrapper<AgreementResourceLocalService> {

	public AgreementResourceLocalServiceWrapper() {
		this(null);
	}

	public AgreementResourceLocalServiceWrapper(
		AgreementResourceLocalService agreementResourceLocalService) {

		_agreementResourceLocalService = agreementResourceLocalService;
	}

	/**
	 * Adds the agreement resource to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect AgreementResourceLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param agreementResource the agreement resource
	 * @return the agreement resource that was added
	 */
	@Override
	public ru.opora.cooperation.model.AgreementResource addAgreementResource(
		ru.opora.cooperation.model.AgreementResource agreementResource) {

		return _agreementResourceLocalService.addAgreementResource(
			agreementResource);
	}

	/**
	 * Creates a new agreement resource with the primary key. Does not add the agreement resource to the database.
	 *
	 * @param agreementResourceId the primary key for the new agreement resource
	 * @return the new agreement resource
	 */
	@Override
	public ru.opora.cooperation.model.AgreementResource createAgreementResource(
		long agreementResourceId) {

		return _agreementResourceLocalService.createAgreementResource(
			agreementResourceId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _agreementResourceLocalService.createPersistedModel(
			primaryKeyObj);
	}

	/**
	 * Deletes the agreement resource from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect AgreementResourceLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param agreementResource the agreement resource
	 * @return the agreement resource that was removed
	 */
	@Override
	public ru.opora.cooperation.model.AgreementResource deleteAgreementResource(
		ru.opora.cooperation.model.AgreementResource agreementResource) {

		return _agreementResourceLocalService.deleteAgreementResource(
			agreementResource);
	}

	/**
	 * Deletes the agreement resource with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect AgreementResourceLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param agreementResourceId the primary key of the agreement resource
	 * @return the agreement resource that was removed
	 * @throws PortalException if a agreement resource with the primary key could not be found
	 */
	@Override
	public ru.opora.cooperation.model.AgreementResource deleteAgreementResource(
			long agreementResourceId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _agreementResourceLocalService.deleteAgreementResource(
			agreementResourceId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _agreementResourceLocalService.deletePersistedModel(
			persistedModel);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _agreementResourceLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _agreementResourceLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _agreementResourceLocalService.dynamicQuery();
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

		return _agreementResourceLocalService.dynamicQuery(dynamicQuery);
	}

	/**
	 * Performs a dynamic query on the database and returns a range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.cooperation.model.impl.AgreementResourceModelImpl</code>.
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

		return _agreementResourceLocalService.dynamicQuery(
			dynamicQuery, start, end);
	}

	/**
	 * Performs a dynamic query on the database and returns an ordered range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.cooperation.model.impl.AgreementResourceModelImpl</code>.
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

		return _agreementResourceLocalService.dynamicQuery(
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

		return _agreementResourceLocalService.dynamicQueryCount(dynamicQuery);
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

		return _agreementResourceLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public ru.opora.cooperation.model.AgreementResource fetchAgreementResource(
		long agreementResourceId) {

		return _agreementResourceLocalService.fetchAgreementResource(
			agreementResourceId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _agreementResourceLocalService.getActionableDynamicQuery();
	}

	/**
	 * Returns the agreement resource with the primary key.
	 *
	 * @param agreementResourceId the primary key of the agreement resource
	 * @return the agreement resource
	 * @throws PortalException if a agreement resource with the primary key could not be found
	 */
	@Override
	public ru.opora.cooperation.model.AgreementResource getAgreementResource(
			long agreementResourceId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _agreementResourceLocalService.getAgreementResource(
			agreementResourceId);
	}

	/**
	 * Returns a range of all the agreement resources.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.cooperation.model.impl.AgreementResourceModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of agreement resources
	 * @param end the upper bound of the range of agreement resources (not inclusive)
	 * @return the range of agreement resources
	 */
	@Override
	public java.util.List<ru.opora.cooperation.model.AgreementResource>
		getAgreementResources(int start, int end) {

		return _agreementResourceLocalService.getAgreementResources(start, end);
	}

	/**
	 * The resources the parties provide, in their order.
	 */
	@Override
	public java.util.List<ru.opora.cooperation.model.AgreementResource>
		getAgreementResources(long agreementId) {

		return _agreementResourceLocalService.getAgreementResources(
			agreementId);
	}

	/**
	 * Returns the number of agreement resources.
	 *
	 * @return the number of agreement resources
	 */
	@Override
	public int getAgreementResourcesCount() {
		return _agreementResourceLocalService.getAgreementResourcesCount();
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _agreementResourceLocalService.
			getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _agreementResourceLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _agreementResourceLocalService.getPersistedModel(primaryKeyObj);
	}

	/**
	 * Updates the agreement resource in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect AgreementResourceLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param agreementResource the agreement resource
	 * @return the agreement resource that was updated
	 */
	@Override
	public ru.opora.cooperation.model.AgreementResource updateAgreementResource(
		ru.opora.cooperation.model.AgreementResource agreementResource) {

		return _agreementResourceLocalService.updateAgreementResource(
			agreementResource);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _agreementResourceLocalService.getBasePersistence();
	}

	@Override
	public AgreementResourceLocalService getWrappedService() {
		return _agreementResourceLocalService;
	}

	@Override
	public void setWrappedService(
		AgreementResourceLocalService agreementResourceLocalService) {

		_agreementResourceLocalService = agreementResourceLocalService;
	}

	private AgreementResourceLocalService _agreementResourceLocalService;

}