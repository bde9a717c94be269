/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.schools.service.persistence;

import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.util.OrderByComparator;

import java.io.Serializable;

import java.util.List;
import java.util.Map;
import java.util.Set;

import ru.opora.schools.model.AssessmentResult;

/**
 * The persistence utility for the assessment result service. This utility wraps <code>ru.opora.schools.service.persistence.impl.AssessmentResultPersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @see AssessmentResultPersistence
 * @generated
 */
public class AssessmentResultUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#clearCache()
	 */
	public static void clearCache() {
		getPersistence().clearCache();
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#clearCache(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static void clearCache(AssessmentResult assessmentResult) {
		getPersistence().clearCache(assessmentResult);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#countWithDynamicQuery(DynamicQuery)
	 */
	public static long countWithDynamicQuery(DynamicQuery dynamicQuery) {
		return getPersistence().countWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#fetchByPrimaryKeys(Set)
	 */
	public static Map<Serializable, AssessmentResult> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<AssessmentResult> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<AssessmentResult> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<AssessmentResult> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<AssessmentResult> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static AssessmentResult update(AssessmentResult assessmentResult) {
		return getPersistence().update(assessmentResult);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static AssessmentResult update(
		AssessmentResult assessmentResult, ServiceContext serviceContext) {

		return getPersistence().update(assessmentResult, serviceContext);
	}

	/**
	 * Returns all the assessment results where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @return the matching assessment results
	 */
	public static List<AssessmentResult> findBySchoolId(long schoolId) {
		return getPersistence().findBySchoolId(schoolId);
	}

	/**
	 * Returns a range of all the assessment results where schoolId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AssessmentResultModelImpl</code>.
	 * </p>
	 *
	 * @param schoolId the school ID
	 * @param start the lower bound of the range of assessment results
	 * @param end the upper bound of the range of assessment results (not inclusive)
	 * @return the range of matching assessment results
	 */
	public static List<AssessmentResult> findBySchoolId(
		long schoolId, int start, int end) {

		return getPersistence().findBySchoolId(schoolId, start, end);
	}

	/**
	 * Returns an ordered range of all the assessment results where schoolId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AssessmentResultModelImpl</code>.
	 * </p>
	 *
	 * @param schoolId the school ID
	 * @param start the lower bound of the range of assessment results
	 * @param end the upper bound of the range of assessment results (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching assessment results
	 */
	public static List<AssessmentResult> findBySchoolId(
		long schoolId, int start, int end,
		OrderByComparator<AssessmentResult> orderByComparator) {

		return getPersistence().findBySchoolId(
			schoolId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the assessment results where schoolId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AssessmentResultModelImpl</code>.
	 * </p>
	 *
	 * @param schoolId the school ID
	 * @param start the lower bound of the range of assessment results
	 * @param end the upper bound of the range of assessment results (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching assessment results
	 */
	public static List<AssessmentResult> findBySchoolId(
		long schoolId, int start, int end,
		OrderByComparator<AssessmentResult> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findBySchoolId(
			schoolId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first assessment result in the ordered set where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching assessment result
	 * @throws NoSuchAssessmentResultException if a matching assessment result could not be found
	 */
	public static AssessmentResult findBySchoolId_First(
			long schoolId,
			OrderByComparator<AssessmentResult> orderByComparator)
		throws ru.opora.schools.exception.NoSuchAssessmentResultException {

		return getPersistence().findBySchoolId_First(
			schoolId, orderByComparator);
	}

	/**
	 * Returns the first assessment result in the ordered set where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching assessment result, or <code>null</code> if a matching assessment result could not be found
	 */
	public static AssessmentResult fetchBySchoolId_First(
		long schoolId, OrderByComparator<AssessmentResult> orderByComparator) {

		return getPersistence().fetchBySchoolId_First(
			schoolId, orderByComparator);
	}

	/**
	 * Returns the last assessment result in the ordered set where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching assessment result
	 * @throws NoSuchAssessmentResultException if a matching assessment result could not be found
	 */
	public static AssessmentResult findBySchoolId_Last(
			long schoolId,
			OrderByComparator<AssessmentResult> orderByComparator)
		throws ru.opora.schools.exception.NoSuchAssessmentResultException {

		return getPersistence().findBySchoolId_Last(
			schoolId, orderByComparator);
	}

	/**
	 * Returns the last assessment result in the ordered set where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching assessment result, or <code>null</code> if a matching assessment result could not be found
	 */
	public static AssessmentResult fetchBySchoolId_Last(
		long schoolId, OrderByComparator<AssessmentResult> orderByComparator) {

		return getPersistence().fetchBySchoolId_Last(
			schoolId, orderByComparator);
	}

	/**
	 * Returns the assessment results before and after the current assessment result in the ordered set where schoolId = &#63;.
	 *
	 * @param assessmentResultId the primary key of the current assessment result
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next assessment result
	 * @throws NoSuchAssessmentResultException if a assessment result with the primary key could not be found
	 */
	public static AssessmentResult[] findBySchoolId_PrevAndNext(
			long assessmentResultId, long schoolId,
			OrderByComparator<AssessmentResult> orderByComparator)
		throws ru.opora.schools.exception.NoSuchAssessmentResultException {

		return getPersistence().findBySchoolId_PrevAndNext(
			assessmentResultId, schoolId, orderByComparator);
	}

	/**
	 * Removes all the assessment results where schoolId = &#63; from the database.
	 *
	 * @param schoolId the school ID
	 */
	public static void removeBySchoolId(long schoolId) {
		getPersistence().removeBySchoolId(schoolId);
	}

	/**
	 * Returns the number of assessment results where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @return the number of matching assessment results
	 */
	public static int countBySchoolId(long schoolId) {
		return getPersistence().countBySchoolId(schoolId);
	}

	/**
	 * Returns all the assessment results where groupId = &#63; and assessmentYear = &#63;.
	 *
	 * @param groupId the group ID
	 * @param assessmentYear the assessment year
	 * @return the matching assessment results
	 */
	public static List<AssessmentResult> findByG_AY(
		long groupId, int assessmentYear) {

		return getPersistence().findByG_AY(groupId, assessmentYear);
	}

	/**
	 * Returns a range of all the assessment results where groupId = &#63; and assessmentYear = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AssessmentResultModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param assessmentYear the assessment year
	 * @param start the lower bound of the range of assessment results
	 * @param end the upper bound of the range of assessment results (not inclusive)
	 * @return the range of matching assessment results
	 */
	public static List<AssessmentResult> findByG_AY(
		long groupId, int assessmentYear, int start, int end) {

		return getPersistence().findByG_AY(groupId, assessmentYear, start, end);
	}

	/**
	 * Returns an ordered range of all the assessment results where groupId = &#63; and assessmentYear = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AssessmentResultModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param assessmentYear the assessment year
	 * @param start the lower bound of the range of assessment results
	 * @param end the upper bound of the range of assessment results (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching assessment results
	 */
	public static List<AssessmentResult> findByG_AY(
		long groupId, int assessmentYear, int start, int end,
		OrderByComparator<AssessmentResult> orderByComparator) {

		return getPersistence().findByG_AY(
			groupId, assessmentYear, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the assessment results where groupId = &#63; and assessmentYear = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AssessmentResultModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param assessmentYear the assessment year
	 * @param start the lower bound of the range of assessment results
	 * @param end the upper bound of the range of assessment results (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching assessment results
	 */
	public static List<AssessmentResult> findByG_AY(
		long groupId, int assessmentYear, int start, int end,
		OrderByComparator<AssessmentResult> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByG_AY(
			groupId, assessmentYear, start, end, orderByComparator,
			useFinderCache);
	}

	/**
	 * Returns the first assessment result in the ordered set where groupId = &#63; and assessmentYear = &#63;.
	 *
	 * @param groupId the group ID
	 * @param assessmentYear the assessment year
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching assessment result
	 * @throws NoSuchAssessmentResultException if a matching assessment result could not be found
	 */
	public static AssessmentResult findByG_AY_First(
			long groupId, int assessmentYear,
			OrderByComparator<AssessmentResult> orderByComparator)
		throws ru.opora.schools.exception.NoSuchAssessmentResultException {

		return getPersistence().findByG_AY_First(
			groupId, assessmentYear, orderByComparator);
	}

	/**
	 * Returns the first assessment result in the ordered set where groupId = &#63; and assessmentYear = &#63;.
	 *
	 * @param groupId the group ID
	 * @param assessmentYear the assessment year
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching assessment result, or <code>null</code> if a matching assessment result could not be found
	 */
	public static AssessmentResult fetchByG_AY_First(
		long groupId, int assessmentYear,
		OrderByComparator<AssessmentResult> orderByComparator) {

		return getPersistence().fetchByG_AY_First(
			groupId, assessmentYear, orderByComparator);
	}

	/**
	 * Returns the last assessment result in the ordered set where groupId = &#63; and assessmentYear = &#63;.
	 *
	 * @param groupId the group ID
	 * @param assessmentYear the assessment year
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching assessment result
	 * @throws NoSuchAssessmentResultException if a matching assessment result could not be found
	 */
	public static AssessmentResult findByG_AY_Last(
			long groupId, int assessmentYear,
			OrderByComparator<AssessmentResult> orderByComparator)
		throws ru.opora.schools.exception.NoSuchAssessmentResultException {

		return getPersistence().findByG_AY_Last(
			groupId, assessmentYear, orderByComparator);
	}

	/**
	 * Returns the last assessment result in the ordered set where groupId = &#63; and assessmentYear = &#63;.
	 *
	 * @param groupId the group ID
	 * @param assessmentYear the assessment year
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching assessment result, or <code>null</code> if a matching assessment result could not be found
	 */
	public static AssessmentResult fetchByG_AY_Last(
		long groupId, int assessmentYear,
		OrderByComparator<AssessmentResult> orderByComparator) {

		return getPersistence().fetchByG_AY_Last(
			groupId, assessmentYear, orderByComparator);
	}

	/**
	 * Returns the assessment results before and after the current assessment result in the ordered set where groupId = &#63; and assessmentYear = &#63;.
	 *
	 * @param assessmentResultId the primary key of the current assessment result
	 * @param groupId the group ID
	 * @param assessmentYear the assessment year
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next assessment result
	 * @throws NoSuchAssessmentResultException if a assessment result with the primary key could not be found
	 */
	public static AssessmentResult[] findByG_AY_PrevAndNext(
			long assessmentResultId, long groupId, int assessmentYear,
			OrderByComparator<AssessmentResult> orderByComparator)
		throws ru.opora.schools.exception.NoSuchAssessmentResultException {

		return getPersistence().findByG_AY_PrevAndNext(
			assessmentResultId, groupId, assessmentYear, orderByComparator);
	}

	/**
	 * Removes all the assessment results where groupId = &#63; and assessmentYear = &#63; from the database.
	 *
	 * @param groupId the group ID
	 * @param assessmentYear the assessment year
	 */
	public static void removeByG_AY(long groupId, int assessmentYear) {
		getPersistence().removeByG_AY(groupId, assessmentYear);
	}

	/**
	 * Returns the number of assessment results where groupId = &#63; and assessmentYear = &#63;.
	 *
	 * @param groupId the group ID
	 * @param assessmentYear the assessment year
	 * @return the number of matching assessment results
	 */
	public static int countByG_AY(long groupId, int assessmentYear) {
		return getPersistence().countByG_AY(groupId, assessmentYear);
	}

	/**
	 * Returns the assessment result where schoolId = &#63; and assessmentYear = &#63; and assessmentType = &#63; and grade = &#63; and subject = &#63; or throws a <code>NoSuchAssessmentResultException</code> if it could not be found.
	 *
	 * @param schoolId the school ID
	 * @param assessmentYear the assessment year
	 * @param assessmentType the assessment type
	 * @param grade the grade
	 * @param subject the subject
	 * @return the matching assessment result
	 * @throws NoSuchAssessmentResultException if a matching assessment result could not be found
	 */
	public static AssessmentResult findByS_AY_AT_G_S(
			long schoolId, int assessmentYear, String assessmentType, int grade,
			String subject)
		throws ru.opora.schools.exception.NoSuchAssessmentResultException {

		return getPersistence().findByS_AY_AT_G_S(
			schoolId, assessmentYear, assessmentType, grade, subject);
	}

	/**
	 * Returns the assessment result where schoolId = &#63; and assessmentYear = &#63; and assessmentType = &#63; and grade = &#63; and subject = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param schoolId the school ID
	 * @param assessmentYear the assessment year
	 * @param assessmentType the assessment type
	 * @param grade the grade
	 * @param subject the subject
	 * @return the matching assessment result, or <code>null</code> if a matching assessment result could not be found
	 */
	public static AssessmentResult fetchByS_AY_AT_G_S(
		long schoolId, int assessmentYear, String assessmentType, int grade,
		String subject) {

		return getPersistence().fetchByS_AY_AT_G_S(
			schoolId, assessmentYear, assessmentType, grade, subject);
	}

	/**
	 * Returns the assessment result where schoolId = &#63; and assessmentYear = &#63; and assessmentType = &#63; and grade = &#63; and subject = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param schoolId the school ID
	 * @param assessmentYear the assessment year
	 * @param assessmentType the assessment type
	 * @param grade the grade
	 * @param subject the subject
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching assessment result, or <code>null</code> if a matching assessment result could not be found
	 */
	public static AssessmentResult fetchByS_AY_AT_G_S(
		long schoolId, int assessmentYear, String assessmentType, int grade,
		String subject, boolean useFinderCache) {

		return getPersistence().fetchByS_AY_AT_G_S(
			schoolId, assessmentYear, assessmentType, grade, subject,
			useFinderCache);
	}

	/**
	 * Removes the assessment result where schoolId = &#63; and assessmentYear = &#63; and assessmentType = &#63; and grade = &#63; and subject = &#63; from the database.
	 *
	 * @param schoolId the school ID
	 * @param assessmentYear the assessment year
	 * @param assessmentType the assessment type
	 * @param grade the grade
	 * @param subject the subject
	 * @return the assessment result that was removed
	 */
	public static AssessmentResult removeByS_AY_AT_G_S(
			long schoolId, int assessmentYear, String assessmentType, int grade,
			String subject)
		throws ru.opora.schools.exception.NoSuchAssessmentResultException {

		return getPersistence().removeByS_AY_AT_G_S(
			schoolId, assessmentYear, assessmentType, grade, subject);
	}

	/**
	 * Returns the number of assessment results where schoolId = &#63; and assessmentYear = &#63; and assessmentType = &#63; and grade = &#63; and subject = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param assessmentYear the assessment year
	 * @param assessmentType the assessment type
	 * @param grade the grade
	 * @param subject the subject
	 * @return the number of matching assessment results
	 */
	public static int countByS_AY_AT_G_S(
		long schoolId, int assessmentYear, String assessmentType, int grade,
		String subject) {

		return getPersistence().countByS_AY_AT_G_S(
			schoolId, assessmentYear, assessmentType, grade, subject);
	}

	/**
	 * Caches the assessment result in the entity cache if it is enabled.
	 *
	 * @param assessmentResult the assessment result
	 */
	public static void cacheResult(AssessmentResult assessmentResult) {
		getPersistence().cacheResult(assessmentResult);
	}

	/**
	 * Caches the assessment results in the entity cache if it is enabled.
	 *
	 * @param assessmentResults the assessment results
	 */
	public static void cacheResult(List<AssessmentResult> assessmentResults) {
		getPersistence().cacheResult(assessmentResults);
	}

	/**
	 * Creates a new assessment result with the primary key. Does not add the assessment result to the database.
	 *
	 * @param assessmentResultId the primary key for the new assessment result
	 * @return the new assessment result
	 */
	public static AssessmentResult create(long assessmentResultId) {
		return getPersistence().create(assessmentResultId);
	}

	/**
	 * Removes the assessment result with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param assessmentResultId the primary key of the assessment result
	 * @return the assessment result that was removed
	 * @throws NoSuchAssessmentResultException if a assessment result with the primary key could not be found
	 */
	public static AssessmentResult remove(long assessmentResultId)
		throws ru.opora.schools.exception.NoSuchAssessmentResultException {

		return getPersistence().remove(assessmentResultId);
	}

	public static AssessmentResult updateImpl(
		AssessmentResult assessmentResult) {

		return getPersistence().updateImpl(assessmentResult);
	}

	/**
	 * Returns the assessment result with the primary key or throws a <code>NoSuchAssessmentResultException</code> if it could not be found.
	 *
	 * @param assessmentResultId the primary key of the assessment result
	 * @return the assessment result
	 * @throws NoSuchAssessmentResultException if a assessment result with the primary key could not be found
	 */
	public static AssessmentResult findByPrimaryKey(long assessmentResultId)
		throws ru.opora.schools.exception.NoSuchAssessmentResultException {

		return getPersistence().findByPrimaryKey(assessmentResultId);
	}

	/**
	 * Returns the assessment result with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param assessmentResultId the primary key of the assessment result
	 * @return the assessment result, or <code>null</code> if a assessment result with the primary key could not be found
	 */
	public static AssessmentResult fetchByPrimaryKey(long assessmentResultId) {
		return getPersistence().fetchByPrimaryKey(assessmentResultId);
	}

	/**
	 * Returns all the assessment results.
	 *
	 * @return the assessment results
	 */
	public static List<AssessmentResult> findAll() {
		return getPersistence().findAll();
	}

	/**
	 * Returns a range of all the assessment results.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AssessmentResultModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of assessment results
	 * @param end the upper bound of the range of assessment results (not inclusive)
	 * @return the range of assessment results
	 */
	public static List<AssessmentResult> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

	/**
	 * Returns an ordered range of all the assessment results.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AssessmentResultModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of assessment results
	 * @param end the upper bound of the range of assessment results (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of assessment results
	 */
	public static List<AssessmentResult> findAll(
		int start, int end,
		OrderByComparator<AssessmentResult> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the assessment results.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AssessmentResultModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of assessment results
	 * @param end the upper bound of the range of assessment results (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of assessment results
	 */
	public static List<AssessmentResult> findAll(
		int start, int end,
		OrderByComparator<AssessmentResult> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the assessment results from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of assessment results.
	 *
	 * @return the number of assessment results
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static AssessmentResultPersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(AssessmentResultPersistence persistence) {
		_persistence = persistence;
	}

	private static volatile AssessmentResultPersistence _persistence;

}