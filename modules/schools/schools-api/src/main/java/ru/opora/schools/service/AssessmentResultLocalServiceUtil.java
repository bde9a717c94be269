/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.schools.service;

import com.liferay.petra.sql.dsl.query.DSLQuery;
import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.PersistedModel;
import com.liferay.portal.kernel.module.service.Snapshot;
import com.liferay.portal.kernel.util.OrderByComparator;

import java.io.Serializable;

import java.util.List;

import ru.opora.schools.model.AssessmentResult;

/**
 * Provides the local service utility for AssessmentResult. This utility wraps
 * <code>ru.opora.schools.service.impl.AssessmentResultLocalServiceImpl</code> and
 * is an access point for service operations in application layer code running
 * on the local server. Methods of this service will not have security checks
 * based on the propagated JAAS credentials because this service can only be
 * accessed from within the same VM.
 *
 * @author Opora
 * @see AssessmentResultLocalService
 * @generated
 */
public class AssessmentResultLocalServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>ru.opora.schools.service.impl.AssessmentResultLocalServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */

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
	public static AssessmentResult addAssessmentResult(
		AssessmentResult assessmentResult) {

		return getService().addAssessmentResult(assessmentResult);
	}

	/**
	 * Creates a new assessment result with the primary key. Does not add the assessment result to the database.
	 *
	 * @param assessmentResultId the primary key for the new assessment result
	 * @return the new assessment result
	 */
	public static AssessmentResult createAssessmentResult(
		long assessmentResultId) {

		return getService().createAssessmentResult(assessmentResultId);
	}

	/**
	 * @throws PortalException
	 */
	public static PersistedModel createPersistedModel(
			Serializable primaryKeyObj)
		throws PortalException {

		return getService().createPersistedModel(primaryKeyObj);
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
	public static AssessmentResult deleteAssessmentResult(
		AssessmentResult assessmentResult) {

		return getService().deleteAssessmentResult(assessmentResult);
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
	public static AssessmentResult deleteAssessmentResult(
			long assessmentResultId)
		throws PortalException {

		return getService().deleteAssessmentResult(assessmentResultId);
	}

	/**
	 * @throws PortalException
	 */
	public static PersistedModel deletePersistedModel(
			PersistedModel persistedModel)
		throws PortalException {

		return getService().deletePersistedModel(persistedModel);
	}

	public static <T> T dslQuery(DSLQuery dslQuery) {
		return getService().dslQuery(dslQuery);
	}

	public static int dslQueryCount(DSLQuery dslQuery) {
		return getService().dslQueryCount(dslQuery);
	}

	public static DynamicQuery dynamicQuery() {
		return getService().dynamicQuery();
	}

	/**
	 * Performs a dynamic query on the database and returns the matching rows.
	 *
	 * @param dynamicQuery the dynamic query
	 * @return the matching rows
	 */
	public static <T> List<T> dynamicQuery(DynamicQuery dynamicQuery) {
		return getService().dynamicQuery(dynamicQuery);
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
	public static <T> List<T> dynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getService().dynamicQuery(dynamicQuery, start, end);
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
	public static <T> List<T> dynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<T> orderByComparator) {

		return getService().dynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * Returns the number of rows matching the dynamic query.
	 *
	 * @param dynamicQuery the dynamic query
	 * @return the number of rows matching the dynamic query
	 */
	public static long dynamicQueryCount(DynamicQuery dynamicQuery) {
		return getService().dynamicQueryCount(dynamicQuery);
	}

	/**
	 * Returns the number of rows matching the dynamic query.
	 *
	 * @param dynamicQuery the dynamic query
	 * @param projection the projection to apply to the query
	 * @return the number of rows matching the dynamic query
	 */
	public static long dynamicQueryCount(
		DynamicQuery dynamicQuery,
		com.liferay.portal.kernel.dao.orm.Projection projection) {

		return getService().dynamicQueryCount(dynamicQuery, projection);
	}

	public static AssessmentResult fetchAssessmentResult(
		long assessmentResultId) {

		return getService().fetchAssessmentResult(assessmentResultId);
	}

	/**
	 * The stored result on its key, or null.
	 */
	public static AssessmentResult fetchAssessmentResult(
		long schoolId, int assessmentYear, String assessmentType, int grade,
		String subject) {

		return getService().fetchAssessmentResult(
			schoolId, assessmentYear, assessmentType, grade, subject);
	}

	public static com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return getService().getActionableDynamicQuery();
	}

	/**
	 * Returns the assessment result with the primary key.
	 *
	 * @param assessmentResultId the primary key of the assessment result
	 * @return the assessment result
	 * @throws PortalException if a assessment result with the primary key could not be found
	 */
	public static AssessmentResult getAssessmentResult(long assessmentResultId)
		throws PortalException {

		return getService().getAssessmentResult(assessmentResultId);
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
	public static List<AssessmentResult> getAssessmentResults(
		int start, int end) {

		return getService().getAssessmentResults(start, end);
	}

	/**
	 * Returns the number of assessment results.
	 *
	 * @return the number of assessment results
	 */
	public static int getAssessmentResultsCount() {
		return getService().getAssessmentResultsCount();
	}

	public static List<AssessmentResult> getGroupAssessmentResults(
		long groupId, int assessmentYear) {

		return getService().getGroupAssessmentResults(groupId, assessmentYear);
	}

	public static
		com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
			getIndexableActionableDynamicQuery() {

		return getService().getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public static String getOSGiServiceIdentifier() {
		return getService().getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	public static PersistedModel getPersistedModel(Serializable primaryKeyObj)
		throws PortalException {

		return getService().getPersistedModel(primaryKeyObj);
	}

	public static List<AssessmentResult> getSchoolAssessmentResults(
		long schoolId) {

		return getService().getSchoolAssessmentResults(schoolId);
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
	public static AssessmentResult updateAssessmentResult(
		AssessmentResult assessmentResult) {

		return getService().updateAssessmentResult(assessmentResult);
	}

	public static AssessmentResult updateAssessmentResult(
			long userId, long schoolId,
			ru.opora.domain.school.ResultFigures figures,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().updateAssessmentResult(
			userId, schoolId, figures, serviceContext);
	}

	public static AssessmentResultLocalService getService() {
		return _serviceSnapshot.get();
	}

	private static final Snapshot<AssessmentResultLocalService>
		_serviceSnapshot = new Snapshot<>(
			AssessmentResultLocalServiceUtil.class,
			AssessmentResultLocalService.class);

}