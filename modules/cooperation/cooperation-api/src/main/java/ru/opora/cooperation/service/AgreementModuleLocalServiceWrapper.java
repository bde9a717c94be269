/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.cooperation.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link AgreementModuleLocalService}.
 *
 * @author Opora
 * @see AgreementModuleLocalService
 * @generated
 */
public class AgreementModuleLocalServiceWrapper
	implements AgreementModuleLocalService,
			   ServiceWrapper<AgreementModuleLocalService> {

	public AgreementModuleLocalServiceWrapper() {
		this(null);
	}

	public AgreementModuleLocalServiceWrapper(
		AgreementModuleLocalService agreementModuleLocalService) {

		_agreementModuleLocalService = agreementModuleLocalService;
	}

	/**
	 * Adds the agreement module to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect AgreementModuleLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param agreementModule the agreement module
	 * @return the agreement module that was added
	 */
	@Override
	public ru.opora.cooperation.model.AgreementModule addAgreementModule(
		ru.opora.cooperation.model.AgreementModule agreementModule) {

		return _agreementModuleLocalService.addAgreementModule(agreementModule);
	}

	/**
	 * Creates a new agreement module with the primary key. Does not add the agreement module to the database.
	 *
	 * @param agreementModuleId the primary key for the new agreement module
	 * @return the new agreement module
	 */
	@Override
	public ru.opora.cooperation.model.AgreementModule createAgreementModule(
		long agreementModuleId) {

		return _agreementModuleLocalService.createAgreementModule(
			agreementModuleId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _agreementModuleLocalService.createPersistedModel(primaryKeyObj);
	}

	/**
	 * Deletes the agreement module from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect AgreementModuleLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param agreementModule the agreement module
	 * @return the agreement module that was removed
	 */
	@Override
	public ru.opora.cooperation.model.AgreementModule deleteAgreementModule(
		ru.opora.cooperation.model.AgreementModule agreementModule) {

		return _agreementModuleLocalService.deleteAgreementModule(
			agreementModule);
	}

	/**
	 * Deletes the agreement module with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect AgreementModuleLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param agreementModuleId the primary key of the agreement module
	 * @return the agreement module that was removed
	 * @throws PortalException if a agreement module with the primary key could not be found
	 */
	@Override
	public ru.opora.cooperation.model.AgreementModule deleteAgreementModule(
			long agreementModuleId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _agreementModuleLocalService.deleteAgreementModule(
			agreementModuleId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _agreementModuleLocalService.deletePersistedModel(
			persistedModel);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _agreementModuleLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _agreementModuleLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _agreementModuleLocalService.dynamicQuery();
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

		return _agreementModuleLocalService.dynamicQuery(dynamicQuery);
	}

	/**
	 * Performs a dynamic query on the database and returns a range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.cooperation.model.impl.AgreementModuleModelImpl</code>.
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

		return _agreementModuleLocalService.dynamicQuery(
			dynamicQuery, start, end);
	}

	/**
	 * Performs a dynamic query on the database and returns an ordered range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.cooperation.model.impl.AgreementModuleModelImpl</code>.
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

		return _agreementModuleLocalService.dynamicQuery(
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

		return _agreementModuleLocalService.dynamicQueryCount(dynamicQuery);
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

		return _agreementModuleLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public ru.opora.cooperation.model.AgreementModule fetchAgreementModule(
		long agreementModuleId) {

		return _agreementModuleLocalService.fetchAgreementModule(
			agreementModuleId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _agreementModuleLocalService.getActionableDynamicQuery();
	}

	/**
	 * Returns the agreement module with the primary key.
	 *
	 * @param agreementModuleId the primary key of the agreement module
	 * @return the agreement module
	 * @throws PortalException if a agreement module with the primary key could not be found
	 */
	@Override
	public ru.opora.cooperation.model.AgreementModule getAgreementModule(
			long agreementModuleId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _agreementModuleLocalService.getAgreementModule(
			agreementModuleId);
	}

	/**
	 * Returns a range of all the agreement modules.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.cooperation.model.impl.AgreementModuleModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of agreement modules
	 * @param end the upper bound of the range of agreement modules (not inclusive)
	 * @return the range of agreement modules
	 */
	@Override
	public java.util.List<ru.opora.cooperation.model.AgreementModule>
		getAgreementModules(int start, int end) {

		return _agreementModuleLocalService.getAgreementModules(start, end);
	}

	/**
	 * The modules of every programme of an agreement.
	 */
	@Override
	public java.util.List<ru.opora.cooperation.model.AgreementModule>
		getAgreementModules(long agreementId) {

		return _agreementModuleLocalService.getAgreementModules(agreementId);
	}

	/**
	 * Returns the number of agreement modules.
	 *
	 * @return the number of agreement modules
	 */
	@Override
	public int getAgreementModulesCount() {
		return _agreementModuleLocalService.getAgreementModulesCount();
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _agreementModuleLocalService.
			getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _agreementModuleLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _agreementModuleLocalService.getPersistedModel(primaryKeyObj);
	}

	/**
	 * Updates the agreement module in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect AgreementModuleLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param agreementModule the agreement module
	 * @return the agreement module that was updated
	 */
	@Override
	public ru.opora.cooperation.model.AgreementModule updateAgreementModule(
		ru.opora.cooperation.model.AgreementModule agreementModule) {

		return _agreementModuleLocalService.updateAgreementModule(
			agreementModule);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _agreementModuleLocalService.getBasePersistence();
	}

	@Override
	public AgreementModuleLocalService getWrappedService() {
		return _agreementModuleLocalService;
	}

	@Override
	public void setWrappedService(
		AgreementModuleLocalService agreementModuleLocalService) {

		_agreementModuleLocalService = agreementModuleLocalService;
	}

	private AgreementModuleLocalService _agreementModuleLocalService;

}