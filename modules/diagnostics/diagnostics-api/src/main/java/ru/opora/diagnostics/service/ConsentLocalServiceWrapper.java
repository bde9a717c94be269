/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.diagnostics.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link ConsentLocalService}.
 *
 * @author Opora
 * @see ConsentLocalService
 * @generated
 */
public class ConsentLocalServiceWrapper
	implements ConsentLocalService, ServiceWrapper<ConsentLocalService> {

	public ConsentLocalServiceWrapper() {
		this(null);
	}

	public ConsentLocalServiceWrapper(ConsentLocalService consentLocalService) {
		_consentLocalService = consentLocalService;
	}

	/**
	 * Adds the consent to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect ConsentLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param consent the consent
	 * @return the consent that was added
	 */
	@Override
	public ru.opora.diagnostics.model.Consent addConsent(
		ru.opora.diagnostics.model.Consent consent) {

		return _consentLocalService.addConsent(consent);
	}

	/**
	 * Creates a new consent with the primary key. Does not add the consent to the database.
	 *
	 * @param consentId the primary key for the new consent
	 * @return the new consent
	 */
	@Override
	public ru.opora.diagnostics.model.Consent createConsent(long consentId) {
		return _consentLocalService.createConsent(consentId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _consentLocalService.createPersistedModel(primaryKeyObj);
	}

	/**
	 * Deletes the consent from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect ConsentLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param consent the consent
	 * @return the consent that was removed
	 */
	@Override
	public ru.opora.diagnostics.model.Consent deleteConsent(
		ru.opora.diagnostics.model.Consent consent) {

		return _consentLocalService.deleteConsent(consent);
	}

	/**
	 * Deletes the consent with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect ConsentLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param consentId the primary key of the consent
	 * @return the consent that was removed
	 * @throws PortalException if a consent with the primary key could not be found
	 */
	@Override
	public ru.opora.diagnostics.model.Consent deleteConsent(long consentId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _consentLocalService.deleteConsent(consentId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _consentLocalService.deletePersistedModel(persistedModel);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _consentLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _consentLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _consentLocalService.dynamicQuery();
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

		return _consentLocalService.dynamicQuery(dynamicQuery);
	}

	/**
	 * Performs a dynamic query on the database and returns a range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.diagnostics.model.impl.ConsentModelImpl</code>.
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

		return _consentLocalService.dynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * Performs a dynamic query on the database and returns an ordered range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.diagnostics.model.impl.ConsentModelImpl</code>.
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

		return _consentLocalService.dynamicQuery(
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

		return _consentLocalService.dynamicQueryCount(dynamicQuery);
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

		return _consentLocalService.dynamicQueryCount(dynamicQuery, projection);
	}

	@Override
	public ru.opora.diagnostics.model.Consent fetchConsent(long consentId) {
		return _consentLocalService.fetchConsent(consentId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _consentLocalService.getActionableDynamicQuery();
	}

	/**
	 * Returns the consent with the primary key.
	 *
	 * @param consentId the primary key of the consent
	 * @return the consent
	 * @throws PortalException if a consent with the primary key could not be found
	 */
	@Override
	public ru.opora.diagnostics.model.Consent getConsent(long consentId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _consentLocalService.getConsent(consentId);
	}

	/**
	 * Returns a range of all the consents.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.diagnostics.model.impl.ConsentModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of consents
	 * @param end the upper bound of the range of consents (not inclusive)
	 * @return the range of consents
	 */
	@Override
	public java.util.List<ru.opora.diagnostics.model.Consent> getConsents(
		int start, int end) {

		return _consentLocalService.getConsents(start, end);
	}

	/**
	 * Returns the number of consents.
	 *
	 * @return the number of consents
	 */
	@Override
	public int getConsentsCount() {
		return _consentLocalService.getConsentsCount();
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _consentLocalService.getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _consentLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _consentLocalService.getPersistedModel(primaryKeyObj);
	}

	/**
	 * Updates the consent in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect ConsentLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param consent the consent
	 * @return the consent that was updated
	 */
	@Override
	public ru.opora.diagnostics.model.Consent updateConsent(
		ru.opora.diagnostics.model.Consent consent) {

		return _consentLocalService.updateConsent(consent);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _consentLocalService.getBasePersistence();
	}

	@Override
	public ConsentLocalService getWrappedService() {
		return _consentLocalService;
	}

	@Override
	public void setWrappedService(ConsentLocalService consentLocalService) {
		_consentLocalService = consentLocalService;
	}

	private ConsentLocalService _consentLocalService;

}