/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.cooperation.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link AgreementPartyLocalService}.
 *
 * @author Opora
 * @see AgreementPartyLocalService
 * @generated
 */
public class AgreementPartyLocalServiceWrapper
	implements AgreementPartyLocalService,
			   ServiceWrapper<AgreementPartyLocalService> {

	public AgreementPartyLocalServiceWrapper() {
		this(null);
	}

	public AgreementPartyLocalServiceWrapper(
		AgreementPartyLocalService agreementPartyLocalService) {

		_agreementPartyLocalService = agreementPartyLocalService;
	}

	/**
	 * Adds the agreement party to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect AgreementPartyLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param agreementParty the agreement party
	 * @return the agreement party that was added
	 */
	@Override
	public ru.opora.cooperation.model.AgreementParty addAgreementParty(
		ru.opora.cooperation.model.AgreementParty agreementParty) {

		return _agreementPartyLocalService.addAgreementParty(agreementParty);
	}

	/**
	 * Creates a new agreement party with the primary key. Does not add the agreement party to the database.
	 *
	 * @param agreementPartyId the primary key for the new agreement party
	 * @return the new agreement party
	 */
	@Override
	public ru.opora.cooperation.model.AgreementParty createAgreementParty(
		long agreementPartyId) {

		return _agreementPartyLocalService.createAgreementParty(
			agreementPartyId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _agreementPartyLocalService.createPersistedModel(primaryKeyObj);
	}

	/**
	 * Deletes the agreement party from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect AgreementPartyLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param agreementParty the agreement party
	 * @return the agreement party that was removed
	 */
	@Override
	public ru.opora.cooperation.model.AgreementParty deleteAgreementParty(
		ru.opora.cooperation.model.AgreementParty agreementParty) {

		return _agreementPartyLocalService.deleteAgreementParty(agreementParty);
	}

	/**
	 * Deletes the agreement party with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect AgreementPartyLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param agreementPartyId the primary key of the agreement party
	 * @return the agreement party that was removed
	 * @throws PortalException if a agreement party with the primary key could not be found
	 */
	@Override
	public ru.opora.cooperation.model.AgreementParty deleteAgreementParty(
			long agreementPartyId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _agreementPartyLocalService.deleteAgreementParty(
			agreementPartyId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _agreementPartyLocalService.deletePersistedModel(persistedModel);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _agreementPartyLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _agreementPartyLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _agreementPartyLocalService.dynamicQuery();
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

		return _agreementPartyLocalService.dynamicQuery(dynamicQuery);
	}

	/**
	 * Performs a dynamic query on the database and returns a range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.cooperation.model.impl.AgreementPartyModelImpl</code>.
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

		return _agreementPartyLocalService.dynamicQuery(
			dynamicQuery, start, end);
	}

	/**
	 * Performs a dynamic query on the database and returns an ordered range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.cooperation.model.impl.AgreementPartyModelImpl</code>.
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

		return _agreementPartyLocalService.dynamicQuery(
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

		return _agreementPartyLocalService.dynamicQueryCount(dynamicQuery);
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

		return _agreementPartyLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public ru.opora.cooperation.model.AgreementParty fetchAgreementParty(
		long agreementPartyId) {

		return _agreementPartyLocalService.fetchAgreementParty(
			agreementPartyId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _agreementPartyLocalService.getActionableDynamicQuery();
	}

	/**
	 * Returns a range of all the agreement parties.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.cooperation.model.impl.AgreementPartyModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of agreement parties
	 * @param end the upper bound of the range of agreement parties (not inclusive)
	 * @return the range of agreement parties
	 */
	@Override
	public java.util.List<ru.opora.cooperation.model.AgreementParty>
		getAgreementParties(int start, int end) {

		return _agreementPartyLocalService.getAgreementParties(start, end);
	}

	/**
	 * The parties of an agreement in their order.
	 */
	@Override
	public java.util.List<ru.opora.cooperation.model.AgreementParty>
		getAgreementParties(long agreementId) {

		return _agreementPartyLocalService.getAgreementParties(agreementId);
	}

	/**
	 * Returns the number of agreement parties.
	 *
	 * @return the number of agreement parties
	 */
	@Override
	public int getAgreementPartiesCount() {
		return _agreementPartyLocalService.getAgreementPartiesCount();
	}

	/**
	 * Returns the agreement party with the primary key.
	 *
	 * @param agreementPartyId the primary key of the agreement party
	 * @return the agreement party
	 * @throws PortalException if a agreement party with the primary key could not be found
	 */
	@Override
	public ru.opora.cooperation.model.AgreementParty getAgreementParty(
			long agreementPartyId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _agreementPartyLocalService.getAgreementParty(agreementPartyId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _agreementPartyLocalService.getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _agreementPartyLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _agreementPartyLocalService.getPersistedModel(primaryKeyObj);
	}

	/**
	 * Updates the agreement party in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect AgreementPartyLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param agreementParty the agreement party
	 * @return the agreement party that was updated
	 */
	@Override
	public ru.opora.cooperation.model.AgreementParty updateAgreementParty(
		ru.opora.cooperation.model.AgreementParty agreementParty) {

		return _agreementPartyLocalService.updateAgreementParty(agreementParty);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _agreementPartyLocalService.getBasePersistence();
	}

	@Override
	public AgreementPartyLocalService getWrappedService() {
		return _agreementPartyLocalService;
	}

	@Override
	public void setWrappedService(
		AgreementPartyLocalService agreementPartyLocalService) {

		_agreementPartyLocalService = agreementPartyLocalService;
	}

	private AgreementPartyLocalService _agreementPartyLocalService;

}