/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.schools.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link AssessmentResultLocalService}.
 *
 * @author Opora
 * @see AssessmentResultLocalService
 * @generated
 */
public class AssessmentResultLocalServiceWrapper
	implements AssessmentResultLocalService,
			   ServiceWrapper<AssessmentResultLocalService> {

	public AssessmentResultLocalServiceWrapper() {
		this(null);
	}

	public AssessmentResultLocalServiceWrapper(
		AssessmentResultLocalService assessmentResultLocalService) {

		_assessmentResultLocalService = assessmentResultLocalService;
	}

	/**
	 * Adds the assessment result to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect AssessmentResultLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param assessmentResult the assessment result
	 * @return the assessment result that was added
	 */
	@Override
	public ru.opora.schools.model.AssessmentResult addAssessmentResult(
		ru.opora.schools.model.AssessmentResult assessmentResult) {

		return _assessmentResultLocalService.addAssessmentResult(
			assessmentResult);
	}

	/**
	 * Creates a new assessment result with the primary key. Does not add the assessment result to the database.
	 *
	 * @param assessmentResultId the primary key for the new assessment result
	 * @return the new assessment result
	 */
	@Override
	public ru.opora.schools.model.AssessmentResult createAssessmentResult(
		long assessmentResultId) {

		return _assessmentResultLocalService.createAssessmentResult(
			assessmentResultId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _assessmentResultLocalService.createPersistedModel(
			primaryKeyObj);
	}

	/**
	 * Deletes the assessment result from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect AssessmentResultLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param assessmentResult the assessment result
	 * @return the assessment result that was removed
	 */
	@Override
	public ru.opora.schools.model.AssessmentResult deleteAssessmentResult(
		ru.opora.schools.model.AssessmentResult assessmentResult) {

		return _assessmentResultLocalService.deleteAssessmentResult(
			assessmentResult);
	}

	/**
	 * Deletes the assessment result with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect AssessmentResultLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param assessmentResultId the primary key of the assessment result
	 * @return the assessment result that was removed
	 * @throws PortalException if a assessment result with the primary key could not be found
	 */
	@Override
	public ru.opora.schools.model.AssessmentResult deleteAssessmentResult(
			long assessmentResultId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _assessmentResultLocalService.deleteAssessmentResult(
			assessmentResultId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _assessmentResultLocalService.deletePersistedModel(
			persistedModel);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _assessmentResultLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _assessmentResultLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _assessmentResultLocalService.dynamicQuery();
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

		return _assessmentResultLocalService.dynamicQuery(dynamicQuery);
	}

	/**
	 * Performs a dynamic query on the database and returns a range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.schools.model.impl.AssessmentResultModelImpl</code>.
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

		return _assessmentResultLocalService.dynamicQuery(
			dynamicQuery, start, end);
	}

	/**
	 * Performs a dynamic query on the database and returns an ordered range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.schools.model.impl.AssessmentResultModelImpl</code>.
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

		return _assessmentResultLocalService.dynamicQuery(
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

		return _assessmentResultLocalService.dynamicQueryCount(dynamicQuery);
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

		return _assessmentResultLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public ru.opora.schools.model.AssessmentResult fetchAssessmentResult(
		long assessmentResultId) {

		return _assessmentResultLocalService.fetchAssessmentResult(
			assessmentResultId);
	}

	/**
	 * The stored result on its key, or null.
	 */
	@Override
	public ru.opora.schools.model.AssessmentResult fetchAssessmentResult(
		long schoolId, int assessmentYear, String assessmentType, int grade,
		String subject) {

		return _assessmentResultLocalService.fetchAssessmentResult(
			schoolId, assessmentYear, assessmentType, grade, subject);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _assessmentResultLocalService.getActionableDynamicQuery();
	}

	/**
	 * Returns the assessment result with the primary key.
	 *
	 * @param assessmentResultId the primary key of the assessment result
	 * @return the assessment result
	 * @throws PortalException if a assessment result with the primary key could not be found
	 */
	@Override
	public ru.opora.schools.model.AssessmentResult getAssessmentResult(
			long assessmentResultId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _assessmentResultLocalService.getAssessmentResult(
			assessmentResultId);
	}

	/**
	 * Returns a range of all the assessment results.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.schools.model.impl.AssessmentResultModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of assessment results
	 * @param end the upper bound of the range of assessment results (not inclusive)
	 * @return the range of assessment results
	 */
	@Override
	public java.util.List<ru.opora.schools.model.AssessmentResult>
		getAssessmentResults(int start, int end) {

		return _assessmentResultLocalService.getAssessmentResults(start, end);
	}

	/**
	 * Returns the number of assessment results.
	 *
	 * @return the number of assessment results
	 */
	@Override
	public int getAssessmentResultsCount() {
		return _assessmentResultLocalService.getAssessmentResultsCount();
	}

	@Override
	public java.util.List<ru.opora.schools.model.AssessmentResult>
		getGroupAssessmentResults(long groupId, int assessmentYear) {

		return _assessmentResultLocalService.getGroupAssessmentResults(
			groupId, assessmentYear);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _assessmentResultLocalService.
			getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _assessmentResultLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _assessmentResultLocalService.getPersistedModel(primaryKeyObj);
	}

	@Override
	public java.util.List<ru.opora.schools.model.AssessmentResult>
		getSchoolAssessmentResults(long schoolId) {

		return _assessmentResultLocalService.getSchoolAssessmentResults(
			schoolId);
	}

	/**
	 * Updates the assessment result in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect AssessmentResultLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param assessmentResult the assessment result
	 * @return the assessment result that was updated
	 */
	@Override
	public ru.opora.schools.model.AssessmentResult updateAssessmentResult(
		ru.opora.schools.model.AssessmentResult assessmentResult) {

		return _assessmentResultLocalService.updateAssessmentResult(
			assessmentResult);
	}

	@Override
	public ru.opora.schools.model.AssessmentResult updateAssessmentResult(
			long userId, long schoolId,
			ru.opora.domain.school.ResultFigures figures,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _assessmentResultLocalService.updateAssessmentResult(
			userId, schoolId, figures, serviceContext);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _assessmentResultLocalService.getBasePersistence();
	}

	@Override
	public AssessmentResultLocalService getWrappedService() {
		return _assessmentResultLocalService;
	}

	@Override
	public void setWrappedService(
		AssessmentResultLocalService assessmentResultLocalService) {

		_assessmentResultLocalService = assessmentResultLocalService;
	}

	private AssessmentResultLocalService _assessmentResultLocalService;

}