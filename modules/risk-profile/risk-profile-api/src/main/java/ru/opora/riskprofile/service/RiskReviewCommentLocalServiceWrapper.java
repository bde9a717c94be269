/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.riskprofile.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link RiskReviewCommentLocalService}.
 *
 * @author Opora
 * @see RiskReviewCommentLocalService
 * @generated
 */
public class RiskReviewCommentLocalServiceWrapper
	implements RiskReviewCommentLocalService,
			   ServiceWrapper<RiskReviewCommentLocalService> {

	public RiskReviewCommentLocalServiceWrapper() {
		this(null);
	}

	public RiskReviewCommentLocalServiceWrapper(
		RiskReviewCommentLocalService riskReviewCommentLocalService) {

		_riskReviewCommentLocalService = riskReviewCommentLocalService;
	}

	/**
	 * Adds the risk review comment to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect RiskReviewCommentLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param riskReviewComment the risk review comment
	 * @return the risk review comment that was added
	 */
	@Override
	public ru.opora.riskprofile.model.RiskReviewComment addRiskReviewComment(
		ru.opora.riskprofile.model.RiskReviewComment riskReviewComment) {

		return _riskReviewCommentLocalService.addRiskReviewComment(
			riskReviewComment);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskReviewCommentLocalService.createPersistedModel(
			primaryKeyObj);
	}

	/**
	 * Creates a new risk review comment with the primary key. Does not add the risk review comment to the database.
	 *
	 * @param riskReviewCommentId the primary key for the new risk review comment
	 * @return the new risk review comment
	 */
	@Override
	public ru.opora.riskprofile.model.RiskReviewComment createRiskReviewComment(
		long riskReviewCommentId) {

		return _riskReviewCommentLocalService.createRiskReviewComment(
			riskReviewCommentId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskReviewCommentLocalService.deletePersistedModel(
			persistedModel);
	}

	/**
	 * Deletes the risk review comment with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect RiskReviewCommentLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param riskReviewCommentId the primary key of the risk review comment
	 * @return the risk review comment that was removed
	 * @throws PortalException if a risk review comment with the primary key could not be found
	 */
	@Override
	public ru.opora.riskprofile.model.RiskReviewComment deleteRiskReviewComment(
			long riskReviewCommentId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskReviewCommentLocalService.deleteRiskReviewComment(
			riskReviewCommentId);
	}

	/**
	 * Deletes the risk review comment from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect RiskReviewCommentLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param riskReviewComment the risk review comment
	 * @return the risk review comment that was removed
	 */
	@Override
	public ru.opora.riskprofile.model.RiskReviewComment deleteRiskReviewComment(
		ru.opora.riskprofile.model.RiskReviewComment riskReviewComment) {

		return _riskReviewCommentLocalService.deleteRiskReviewComment(
			riskReviewComment);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _riskReviewCommentLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _riskReviewCommentLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _riskReviewCommentLocalService.dynamicQuery();
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

		return _riskReviewCommentLocalService.dynamicQuery(dynamicQuery);
	}

	/**
	 * Performs a dynamic query on the database and returns a range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.riskprofile.model.impl.RiskReviewCommentModelImpl</code>.
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

		return _riskReviewCommentLocalService.dynamicQuery(
			dynamicQuery, start, end);
	}

	/**
	 * Performs a dynamic query on the database and returns an ordered range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.riskprofile.model.impl.RiskReviewCommentModelImpl</code>.
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

		return _riskReviewCommentLocalService.dynamicQuery(
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

		return _riskReviewCommentLocalService.dynamicQueryCount(dynamicQuery);
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

		return _riskReviewCommentLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public ru.opora.riskprofile.model.RiskReviewComment fetchRiskReviewComment(
		long riskReviewCommentId) {

		return _riskReviewCommentLocalService.fetchRiskReviewComment(
			riskReviewCommentId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _riskReviewCommentLocalService.getActionableDynamicQuery();
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _riskReviewCommentLocalService.
			getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _riskReviewCommentLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskReviewCommentLocalService.getPersistedModel(primaryKeyObj);
	}

	/**
	 * Returns the risk review comment with the primary key.
	 *
	 * @param riskReviewCommentId the primary key of the risk review comment
	 * @return the risk review comment
	 * @throws PortalException if a risk review comment with the primary key could not be found
	 */
	@Override
	public ru.opora.riskprofile.model.RiskReviewComment getRiskReviewComment(
			long riskReviewCommentId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskReviewCommentLocalService.getRiskReviewComment(
			riskReviewCommentId);
	}

	/**
	 * Returns a range of all the risk review comments.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.riskprofile.model.impl.RiskReviewCommentModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk review comments
	 * @param end the upper bound of the range of risk review comments (not inclusive)
	 * @return the range of risk review comments
	 */
	@Override
	public java.util.List<ru.opora.riskprofile.model.RiskReviewComment>
		getRiskReviewComments(int start, int end) {

		return _riskReviewCommentLocalService.getRiskReviewComments(start, end);
	}

	/**
	 * Returns the number of risk review comments.
	 *
	 * @return the number of risk review comments
	 */
	@Override
	public int getRiskReviewCommentsCount() {
		return _riskReviewCommentLocalService.getRiskReviewCommentsCount();
	}

	/**
	 * Updates the risk review comment in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect RiskReviewCommentLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param riskReviewComment the risk review comment
	 * @return the risk review comment that was updated
	 */
	@Override
	public ru.opora.riskprofile.model.RiskReviewComment updateRiskReviewComment(
		ru.opora.riskprofile.model.RiskReviewComment riskReviewComment) {

		return _riskReviewCommentLocalService.updateRiskReviewComment(
			riskReviewComment);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _riskReviewCommentLocalService.getBasePersistence();
	}

	@Override
	public RiskReviewCommentLocalService getWrappedService() {
		return _riskReviewCommentLocalService;
	}

	@Override
	public void setWrappedService(
		RiskReviewCommentLocalService riskReviewCommentLocalService) {

		_riskReviewCommentLocalService = riskReviewCommentLocalService;
	}

	private RiskReviewCommentLocalService _riskReviewCommentLocalService;

}