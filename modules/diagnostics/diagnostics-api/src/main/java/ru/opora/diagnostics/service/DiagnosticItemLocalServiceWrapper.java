/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.diagnostics.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link DiagnosticItemLocalService}.
 *
 * @author Opora
 * @see DiagnosticItemLocalService
 * @generated
 */
public class DiagnosticItemLocalServiceWrapper
	implements DiagnosticItemLocalService,
			   ServiceWrapper<DiagnosticItemLocalService> {

	public DiagnosticItemLocalServiceWrapper() {
		this(null);
	}

	public DiagnosticItemLocalServiceWrapper(
		DiagnosticItemLocalService diagnosticItemLocalService) {

		_diagnosticItemLocalService = diagnosticItemLocalService;
	}

	/**
	 * Adds the diagnostic item to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect DiagnosticItemLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param diagnosticItem the diagnostic item
	 * @return the diagnostic item that was added
	 */
	@Override
	public ru.opora.diagnostics.model.DiagnosticItem addDiagnosticItem(
		ru.opora.diagnostics.model.DiagnosticItem diagnosticItem) {

		return _diagnosticItemLocalService.addDiagnosticItem(diagnosticItem);
	}

	/**
	 * Creates a new diagnostic item with the primary key. Does not add the diagnostic item to the database.
	 *
	 * @param diagnosticItemId the primary key for the new diagnostic item
	 * @return the new diagnostic item
	 */
	@Override
	public ru.opora.diagnostics.model.DiagnosticItem createDiagnosticItem(
		long diagnosticItemId) {

		return _diagnosticItemLocalService.createDiagnosticItem(
			diagnosticItemId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _diagnosticItemLocalService.createPersistedModel(primaryKeyObj);
	}

	/**
	 * Deletes the diagnostic item from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect DiagnosticItemLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param diagnosticItem the diagnostic item
	 * @return the diagnostic item that was removed
	 */
	@Override
	public ru.opora.diagnostics.model.DiagnosticItem deleteDiagnosticItem(
		ru.opora.diagnostics.model.DiagnosticItem diagnosticItem) {

		return _diagnosticItemLocalService.deleteDiagnosticItem(diagnosticItem);
	}

	/**
	 * Deletes the diagnostic item with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect DiagnosticItemLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param diagnosticItemId the primary key of the diagnostic item
	 * @return the diagnostic item that was removed
	 * @throws PortalException if a diagnostic item with the primary key could not be found
	 */
	@Override
	public ru.opora.diagnostics.model.DiagnosticItem deleteDiagnosticItem(
			long diagnosticItemId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _diagnosticItemLocalService.deleteDiagnosticItem(
			diagnosticItemId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _diagnosticItemLocalService.deletePersistedModel(persistedModel);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _diagnosticItemLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _diagnosticItemLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _diagnosticItemLocalService.dynamicQuery();
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

		return _diagnosticItemLocalService.dynamicQuery(dynamicQuery);
	}

	/**
	 * Performs a dynamic query on the database and returns a range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.diagnostics.model.impl.DiagnosticItemModelImpl</code>.
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

		return _diagnosticItemLocalService.dynamicQuery(
			dynamicQuery, start, end);
	}

	/**
	 * Performs a dynamic query on the database and returns an ordered range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.diagnostics.model.impl.DiagnosticItemModelImpl</code>.
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

		return _diagnosticItemLocalService.dynamicQuery(
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

		return _diagnosticItemLocalService.dynamicQueryCount(dynamicQuery);
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

		return _diagnosticItemLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public ru.opora.diagnostics.model.DiagnosticItem fetchDiagnosticItem(
		long diagnosticItemId) {

		return _diagnosticItemLocalService.fetchDiagnosticItem(
			diagnosticItemId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _diagnosticItemLocalService.getActionableDynamicQuery();
	}

	/**
	 * Returns the diagnostic item with the primary key.
	 *
	 * @param diagnosticItemId the primary key of the diagnostic item
	 * @return the diagnostic item
	 * @throws PortalException if a diagnostic item with the primary key could not be found
	 */
	@Override
	public ru.opora.diagnostics.model.DiagnosticItem getDiagnosticItem(
			long diagnosticItemId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _diagnosticItemLocalService.getDiagnosticItem(diagnosticItemId);
	}

	/**
	 * Returns a range of all the diagnostic items.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.diagnostics.model.impl.DiagnosticItemModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of diagnostic items
	 * @param end the upper bound of the range of diagnostic items (not inclusive)
	 * @return the range of diagnostic items
	 */
	@Override
	public java.util.List<ru.opora.diagnostics.model.DiagnosticItem>
		getDiagnosticItems(int start, int end) {

		return _diagnosticItemLocalService.getDiagnosticItems(start, end);
	}

	/**
	 * Returns the number of diagnostic items.
	 *
	 * @return the number of diagnostic items
	 */
	@Override
	public int getDiagnosticItemsCount() {
		return _diagnosticItemLocalService.getDiagnosticItemsCount();
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _diagnosticItemLocalService.getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _diagnosticItemLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _diagnosticItemLocalService.getPersistedModel(primaryKeyObj);
	}

	/**
	 * Updates the diagnostic item in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect DiagnosticItemLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param diagnosticItem the diagnostic item
	 * @return the diagnostic item that was updated
	 */
	@Override
	public ru.opora.diagnostics.model.DiagnosticItem updateDiagnosticItem(
		ru.opora.diagnostics.model.DiagnosticItem diagnosticItem) {

		return _diagnosticItemLocalService.updateDiagnosticItem(diagnosticItem);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _diagnosticItemLocalService.getBasePersistence();
	}

	@Override
	public DiagnosticItemLocalService getWrappedService() {
		return _diagnosticItemLocalService;
	}

	@Override
	public void setWrappedService(
		DiagnosticItemLocalService diagnosticItemLocalService) {

		_diagnosticItemLocalService = diagnosticItemLocalService;
	}

	private DiagnosticItemLocalService _diagnosticItemLocalService;

}