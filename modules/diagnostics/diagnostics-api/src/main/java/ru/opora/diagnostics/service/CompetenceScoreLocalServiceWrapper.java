/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.diagnostics.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link CompetenceScoreLocalService}.
 *
 * @author Opora
 * @see CompetenceScoreLocalService
 * @generated
 */
public class CompetenceScoreLocalServiceWrapper
	implements CompetenceScoreLocalService,
			   ServiceWrapper<CompetenceScoreLocalService> {

	public CompetenceScoreLocalServiceWrapper() {
		this(null);
	}

	public CompetenceScoreLocalServiceWrapper(
		CompetenceScoreLocalService competenceScoreLocalService) {

		_competenceScoreLocalService = competenceScoreLocalService;
	}

	/**
	 * Adds the competence score to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect CompetenceScoreLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param competenceScore the competence score
	 * @return the competence score that was added
	 */
	@Override
	public ru.opora.diagnostics.model.CompetenceScore addCompetenceScore(
		ru.opora.diagnostics.model.CompetenceScore competenceScore) {

		return _competenceScoreLocalService.addCompetenceScore(competenceScore);
	}

	/**
	 * Creates a new competence score with the primary key. Does not add the competence score to the database.
	 *
	 * @param competenceScoreId the primary key for the new competence score
	 * @return the new competence score
	 */
	@Override
	public ru.opora.diagnostics.model.CompetenceScore createCompetenceScore(
		long competenceScoreId) {

		return _competenceScoreLocalService.createCompetenceScore(
			competenceScoreId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _competenceScoreLocalService.createPersistedModel(primaryKeyObj);
	}

	/**
	 * Deletes the competence score from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect CompetenceScoreLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param competenceScore the competence score
	 * @return the competence score that was removed
	 */
	@Override
	public ru.opora.diagnostics.model.CompetenceScore deleteCompetenceScore(
		ru.opora.diagnostics.model.CompetenceScore competenceScore) {

		return _competenceScoreLocalService.deleteCompetenceScore(
			competenceScore);
	}

	/**
	 * Deletes the competence score with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect CompetenceScoreLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param competenceScoreId the primary key of the competence score
	 * @return the competence score that was removed
	 * @throws PortalException if a competence score with the primary key could not be found
	 */
	@Override
	public ru.opora.diagnostics.model.CompetenceScore deleteCompetenceScore(
			long competenceScoreId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _competenceScoreLocalService.deleteCompetenceScore(
			competenceScoreId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _competenceScoreLocalService.deletePersistedModel(
			persistedModel);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _competenceScoreLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _competenceScoreLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _competenceScoreLocalService.dynamicQuery();
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

		return _competenceScoreLocalService.dynamicQuery(dynamicQuery);
	}

	/**
	 * Performs a dynamic query on the database and returns a range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.diagnostics.model.impl.CompetenceScoreModelImpl</code>.
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

		return _competenceScoreLocalService.dynamicQuery(
			dynamicQuery, start, end);
	}

	/**
	 * Performs a dynamic query on the database and returns an ordered range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.diagnostics.model.impl.CompetenceScoreModelImpl</code>.
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

		return _competenceScoreLocalService.dynamicQuery(
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

		return _competenceScoreLocalService.dynamicQueryCount(dynamicQuery);
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

		return _competenceScoreLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public ru.opora.diagnostics.model.CompetenceScore fetchCompetenceScore(
		long competenceScoreId) {

		return _competenceScoreLocalService.fetchCompetenceScore(
			competenceScoreId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _competenceScoreLocalService.getActionableDynamicQuery();
	}

	/**
	 * Returns the competence score with the primary key.
	 *
	 * @param competenceScoreId the primary key of the competence score
	 * @return the competence score
	 * @throws PortalException if a competence score with the primary key could not be found
	 */
	@Override
	public ru.opora.diagnostics.model.CompetenceScore getCompetenceScore(
			long competenceScoreId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _competenceScoreLocalService.getCompetenceScore(
			competenceScoreId);
	}

	/**
	 * Returns a range of all the competence scores.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.diagnostics.model.impl.CompetenceScoreModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of competence scores
	 * @param end the upper bound of the range of competence scores (not inclusive)
	 * @return the range of competence scores
	 */
	@Override
	public java.util.List<ru.opora.diagnostics.model.CompetenceScore>
		getCompetenceScores(int start, int end) {

		return _competenceScoreLocalService.getCompetenceScores(start, end);
	}

	/**
	 * Returns the number of competence scores.
	 *
	 * @return the number of competence scores
	 */
	@Override
	public int getCompetenceScoresCount() {
		return _competenceScoreLocalService.getCompetenceScoresCount();
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _competenceScoreLocalService.
			getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _competenceScoreLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _competenceScoreLocalService.getPersistedModel(primaryKeyObj);
	}

	/**
	 * Updates the competence score in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect CompetenceScoreLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param competenceScore the competence score
	 * @return the competence score that was updated
	 */
	@Override
	public ru.opora.diagnostics.model.CompetenceScore updateCompetenceScore(
		ru.opora.diagnostics.model.CompetenceScore competenceScore) {

		return _competenceScoreLocalService.updateCompetenceScore(
			competenceScore);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _competenceScoreLocalService.getBasePersistence();
	}

	@Override
	public CompetenceScoreLocalService getWrappedService() {
		return _competenceScoreLocalService;
	}

	@Override
	public void setWrappedService(
		CompetenceScoreLocalService competenceScoreLocalService) {

		_competenceScoreLocalService = competenceScoreLocalService;
	}

	private CompetenceScoreLocalService _competenceScoreLocalService;

}