/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.diagnostics.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link CompetenceAreaLocalService}.
 *
 * @author Opora
 * @see CompetenceAreaLocalService
 * @generated
 */
public class CompetenceAreaLocalServiceWrapper
	implements CompetenceAreaLocalService,
			   ServiceWrapper<CompetenceAreaLocalService> {

	public CompetenceAreaLocalServiceWrapper() {
		this(null);
	}

	public CompetenceAreaLocalServiceWrapper(
		CompetenceAreaLocalService competenceAreaLocalService) {

		_competenceAreaLocalService = competenceAreaLocalService;
	}

	/**
	 * Adds the competence area to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect CompetenceAreaLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param competenceArea the competence area
	 * @return the competence area that was added
	 */
	@Override
	public ru.opora.diagnostics.model.CompetenceArea addCompetenceArea(
		ru.opora.diagnostics.model.CompetenceArea competenceArea) {

		return _competenceAreaLocalService.addCompetenceArea(competenceArea);
	}

	/**
	 * Creates a new competence area with the primary key. Does not add the competence area to the database.
	 *
	 * @param competenceAreaId the primary key for the new competence area
	 * @return the new competence area
	 */
	@Override
	public ru.opora.diagnostics.model.CompetenceArea createCompetenceArea(
		long competenceAreaId) {

		return _competenceAreaLocalService.createCompetenceArea(
			competenceAreaId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _competenceAreaLocalService.createPersistedModel(primaryKeyObj);
	}

	/**
	 * Deletes the competence area from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect CompetenceAreaLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param competenceArea the competence area
	 * @return the competence area that was removed
	 */
	@Override
	public ru.opora.diagnostics.model.CompetenceArea deleteCompetenceArea(
		ru.opora.diagnostics.model.CompetenceArea competenceArea) {

		return _competenceAreaLocalService.deleteCompetenceArea(competenceArea);
	}

	/**
	 * Deletes the competence area with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect CompetenceAreaLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param competenceAreaId the primary key of the competence area
	 * @return the competence area that was removed
	 * @throws PortalException if a competence area with the primary key could not be found
	 */
	@Override
	public ru.opora.diagnostics.model.CompetenceArea deleteCompetenceArea(
			long competenceAreaId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _competenceAreaLocalService.deleteCompetenceArea(
			competenceAreaId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _competenceAreaLocalService.deletePersistedModel(persistedModel);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _competenceAreaLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _competenceAreaLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _competenceAreaLocalService.dynamicQuery();
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

		return _competenceAreaLocalService.dynamicQuery(dynamicQuery);
	}

	/**
	 * Performs a dynamic query on the database and returns a range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.diagnostics.model.impl.CompetenceAreaModelImpl</code>.
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

		return _competenceAreaLocalService.dynamicQuery(
			dynamicQuery, start, end);
	}

	/**
	 * Performs a dynamic query on the database and returns an ordered range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.diagnostics.model.impl.CompetenceAreaModelImpl</code>.
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

		return _competenceAreaLocalService.dynamicQuery(
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

		return _competenceAreaLocalService.dynamicQueryCount(dynamicQuery);
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

		return _competenceAreaLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public ru.opora.diagnostics.model.CompetenceArea fetchCompetenceArea(
		long competenceAreaId) {

		return _competenceAreaLocalService.fetchCompetenceArea(
			competenceAreaId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _competenceAreaLocalService.getActionableDynamicQuery();
	}

	/**
	 * Returns the competence area with the primary key.
	 *
	 * @param competenceAreaId the primary key of the competence area
	 * @return the competence area
	 * @throws PortalException if a competence area with the primary key could not be found
	 */
	@Override
	public ru.opora.diagnostics.model.CompetenceArea getCompetenceArea(
			long competenceAreaId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _competenceAreaLocalService.getCompetenceArea(competenceAreaId);
	}

	/**
	 * Returns a range of all the competence areas.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.diagnostics.model.impl.CompetenceAreaModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of competence areas
	 * @param end the upper bound of the range of competence areas (not inclusive)
	 * @return the range of competence areas
	 */
	@Override
	public java.util.List<ru.opora.diagnostics.model.CompetenceArea>
		getCompetenceAreas(int start, int end) {

		return _competenceAreaLocalService.getCompetenceAreas(start, end);
	}

	/**
	 * Returns the number of competence areas.
	 *
	 * @return the number of competence areas
	 */
	@Override
	public int getCompetenceAreasCount() {
		return _competenceAreaLocalService.getCompetenceAreasCount();
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _competenceAreaLocalService.getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _competenceAreaLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _competenceAreaLocalService.getPersistedModel(primaryKeyObj);
	}

	/**
	 * Updates the competence area in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect CompetenceAreaLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param competenceArea the competence area
	 * @return the competence area that was updated
	 */
	@Override
	public ru.opora.diagnostics.model.CompetenceArea updateCompetenceArea(
		ru.opora.diagnostics.model.CompetenceArea competenceArea) {

		return _competenceAreaLocalService.updateCompetenceArea(competenceArea);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _competenceAreaLocalService.getBasePersistence();
	}

	@Override
	public CompetenceAreaLocalService getWrappedService() {
		return _competenceAreaLocalService;
	}

	@Override
	public void setWrappedService(
		CompetenceAreaLocalService competenceAreaLocalService) {

		_competenceAreaLocalService = competenceAreaLocalService;
	}

	private CompetenceAreaLocalService _competenceAreaLocalService;

}