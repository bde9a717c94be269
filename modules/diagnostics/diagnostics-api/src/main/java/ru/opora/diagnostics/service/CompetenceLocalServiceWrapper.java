/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.diagnostics.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link CompetenceLocalService}.
 *
 * @author Opora
 * @see CompetenceLocalService
 * @generated
 */
public class CompetenceLocalServiceWrapper
	implements CompetenceLocalService, ServiceWrapper<CompetenceLocalService> {

	public CompetenceLocalServiceWrapper() {
		this(null);
	}

	public CompetenceLocalServiceWrapper(
		CompetenceLocalService competenceLocalService) {

		_competenceLocalService = competenceLocalService;
	}

	/**
	 * Adds the competence to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect CompetenceLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param competence the competence
	 * @return the competence that was added
	 */
	@Override
	public ru.opora.diagnostics.model.Competence addCompetence(
		ru.opora.diagnostics.model.Competence competence) {

		return _competenceLocalService.addCompetence(competence);
	}

	/**
	 * Creates a new competence with the primary key. Does not add the competence to the database.
	 *
	 * @param competenceId the primary key for the new competence
	 * @return the new competence
	 */
	@Override
	public ru.opora.diagnostics.model.Competence createCompetence(
		long competenceId) {

		return _competenceLocalService.createCompetence(competenceId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _competenceLocalService.createPersistedModel(primaryKeyObj);
	}

	/**
	 * Deletes the competence from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect CompetenceLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param competence the competence
	 * @return the competence that was removed
	 */
	@Override
	public ru.opora.diagnostics.model.Competence deleteCompetence(
		ru.opora.diagnostics.model.Competence competence) {

		return _competenceLocalService.deleteCompetence(competence);
	}

	/**
	 * Deletes the competence with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect CompetenceLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param competenceId the primary key of the competence
	 * @return the competence that was removed
	 * @throws PortalException if a competence with the primary key could not be found
	 */
	@Override
	public ru.opora.diagnostics.model.Competence deleteCompetence(
			long competenceId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _competenceLocalService.deleteCompetence(competenceId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _competenceLocalService.deletePersistedModel(persistedModel);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _competenceLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _competenceLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _competenceLocalService.dynamicQuery();
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

		return _competenceLocalService.dynamicQuery(dynamicQuery);
	}

	/**
	 * Performs a dynamic query on the database and returns a range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.diagnostics.model.impl.CompetenceModelImpl</code>.
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

		return _competenceLocalService.dynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * Performs a dynamic query on the database and returns an ordered range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.diagnostics.model.impl.CompetenceModelImpl</code>.
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

		return _competenceLocalService.dynamicQuery(
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

		return _competenceLocalService.dynamicQueryCount(dynamicQuery);
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

		return _competenceLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public ru.opora.diagnostics.model.Competence fetchCompetence(
		long competenceId) {

		return _competenceLocalService.fetchCompetence(competenceId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _competenceLocalService.getActionableDynamicQuery();
	}

	/**
	 * Returns the competence with the primary key.
	 *
	 * @param competenceId the primary key of the competence
	 * @return the competence
	 * @throws PortalException if a competence with the primary key could not be found
	 */
	@Override
	public ru.opora.diagnostics.model.Competence getCompetence(
			long competenceId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _competenceLocalService.getCompetence(competenceId);
	}

	/**
	 * Returns a range of all the competences.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.diagnostics.model.impl.CompetenceModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of competences
	 * @param end the upper bound of the range of competences (not inclusive)
	 * @return the range of competences
	 */
	@Override
	public java.util.List<ru.opora.diagnostics.model.Competence> getCompetences(
		int start, int end) {

		return _competenceLocalService.getCompetences(start, end);
	}

	/**
	 * Returns the number of competences.
	 *
	 * @return the number of competences
	 */
	@Override
	public int getCompetencesCount() {
		return _competenceLocalService.getCompetencesCount();
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _competenceLocalService.getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _competenceLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _competenceLocalService.getPersistedModel(primaryKeyObj);
	}

	/**
	 * Updates the competence in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect CompetenceLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param competence the competence
	 * @return the competence that was updated
	 */
	@Override
	public ru.opora.diagnostics.model.Competence updateCompetence(
		ru.opora.diagnostics.model.Competence competence) {

		return _competenceLocalService.updateCompetence(competence);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _competenceLocalService.getBasePersistence();
	}

	@Override
	public CompetenceLocalService getWrappedService() {
		return _competenceLocalService;
	}

	@Override
	public void setWrappedService(
		CompetenceLocalService competenceLocalService) {

		_competenceLocalService = competenceLocalService;
	}

	private CompetenceLocalService _competenceLocalService;

}