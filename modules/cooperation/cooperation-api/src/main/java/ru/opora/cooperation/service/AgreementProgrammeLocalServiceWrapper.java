/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.cooperation.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link AgreementProgrammeLocalService}.
 *
 * @author Opora
 * @see AgreementProgrammeLocalService
 * @generated
 */
public class AgreementProgrammeLocalServiceWrapper
	implements AgreementProgrammeLocalService,
			   ServiceWrapper<AgreementProgrammeLocalService> {

	public AgreementProgrammeLocalServiceWrapper() {
		this(null);
	}

	public AgreementProgrammeLocalServiceWrapper(
		AgreementProgrammeLocalService agreementProgrammeLocalService) {

		_agreementProgrammeLocalService = agreementProgrammeLocalService;
	}

	/**
	 * Adds the agreement programme to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect AgreementProgrammeLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param agreementProgramme the agreement programme
	 * @return the agreement programme that was added
	 */
	@Override
	public ru.opora.cooperation.model.AgreementProgramme addAgreementProgramme(
		ru.opora.cooperation.model.AgreementProgramme agreementProgramme) {

		return _agreementProgrammeLocalService.addAgreementProgramme(
			agreementProgramme);
	}

	/**
	 * Creates a new agreement programme with the primary key. Does not add the agreement programme to the database.
	 *
	 * @param agreementProgrammeId the primary key for the new agreement programme
	 * @return the new agreement programme
	 */
	@Override
	public ru.opora.cooperation.model.AgreementProgramme
		createAgreementProgramme(long agreementProgrammeId) {

		return _agreementProgrammeLocalService.createAgreementProgramme(
			agreementProgrammeId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _agreementProgrammeLocalService.createPersistedModel(
			primaryKeyObj);
	}

	/**
	 * Deletes the agreement programme from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect AgreementProgrammeLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param agreementProgramme the agreement programme
	 * @return the agreement programme that was removed
	 */
	@Override
	public ru.opora.cooperation.model.AgreementProgramme
		deleteAgreementProgramme(
			ru.opora.cooperation.model.AgreementProgramme agreementProgramme) {

		return _agreementProgrammeLocalService.deleteAgreementProgramme(
			agreementProgramme);
	}

	/**
	 * Deletes the agreement programme with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect AgreementProgrammeLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param agreementProgrammeId the primary key of the agreement programme
	 * @return the agreement programme that was removed
	 * @throws PortalException if a agreement programme with the primary key could not be found
	 */
	@Override
	public ru.opora.cooperation.model.AgreementProgramme
			deleteAgreementProgramme(long agreementProgrammeId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _agreementProgrammeLocalService.deleteAgreementProgramme(
			agreementProgrammeId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _agreementProgrammeLocalService.deletePersistedModel(
			persistedModel);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _agreementProgrammeLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _agreementProgrammeLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _agreementProgrammeLocalService.dynamicQuery();
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

		return _agreementProgrammeLocalService.dynamicQuery(dynamicQuery);
	}

	/**
	 * Performs a dynamic query on the database and returns a range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.cooperation.model.impl.AgreementProgrammeModelImpl</code>.
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

		return _agreementProgrammeLocalService.dynamicQuery(
			dynamicQuery, start, end);
	}

	/**
	 * Performs a dynamic query on the database and returns an ordered range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.cooperation.model.impl.AgreementProgrammeModelImpl</code>.
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

		return _agreementProgrammeLocalService.dynamicQuery(
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

		return _agreementProgrammeLocalService.dynamicQueryCount(dynamicQuery);
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

		return _agreementProgrammeLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public ru.opora.cooperation.model.AgreementProgramme
		fetchAgreementProgramme(long agreementProgrammeId) {

		return _agreementProgrammeLocalService.fetchAgreementProgramme(
			agreementProgrammeId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _agreementProgrammeLocalService.getActionableDynamicQuery();
	}

	/**
	 * Returns the agreement programme with the primary key.
	 *
	 * @param agreementProgrammeId the primary key of the agreement programme
	 * @return the agreement programme
	 * @throws PortalException if a agreement programme with the primary key could not be found
	 */
	@Override
	public ru.opora.cooperation.model.AgreementProgramme getAgreementProgramme(
			long agreementProgrammeId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _agreementProgrammeLocalService.getAgreementProgramme(
			agreementProgrammeId);
	}

	/**
	 * Returns a range of all the agreement programmes.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.cooperation.model.impl.AgreementProgrammeModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of agreement programmes
	 * @param end the upper bound of the range of agreement programmes (not inclusive)
	 * @return the range of agreement programmes
	 */
	@Override
	public java.util.List<ru.opora.cooperation.model.AgreementProgramme>
		getAgreementProgrammes(int start, int end) {

		return _agreementProgrammeLocalService.getAgreementProgrammes(
			start, end);
	}

	/**
	 * The joint programmes of an agreement in their order.
	 */
	@Override
	public java.util.List<ru.opora.cooperation.model.AgreementProgramme>
		getAgreementProgrammes(long agreementId) {

		return _agreementProgrammeLocalService.getAgreementProgrammes(
			agreementId);
	}

	/**
	 * Returns the number of agreement programmes.
	 *
	 * @return the number of agreement programmes
	 */
	@Override
	public int getAgreementProgrammesCount() {
		return _agreementProgrammeLocalService.getAgreementProgrammesCount();
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _agreementProgrammeLocalService.
			getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _agreementProgrammeLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _agreementProgrammeLocalService.getPersistedModel(primaryKeyObj);
	}

	/**
	 * Updates the agreement programme in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect AgreementProgrammeLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param agreementProgramme the agreement programme
	 * @return the agreement programme that was updated
	 */
	@Override
	public ru.opora.cooperation.model.AgreementProgramme
		updateAgreementProgramme(
			ru.opora.cooperation.model.AgreementProgramme agreementProgramme) {

		return _agreementProgrammeLocalService.updateAgreementProgramme(
			agreementProgramme);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _agreementProgrammeLocalService.getBasePersistence();
	}

	@Override
	public AgreementProgrammeLocalService getWrappedService() {
		return _agreementProgrammeLocalService;
	}

	@Override
	public void setWrappedService(
		AgreementProgrammeLocalService agreementProgrammeLocalService) {

		_agreementProgrammeLocalService = agreementProgrammeLocalService;
	}

	private AgreementProgrammeLocalService _agreementProgrammeLocalService;

}