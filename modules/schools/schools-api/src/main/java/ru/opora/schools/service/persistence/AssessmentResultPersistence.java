/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.schools.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import ru.opora.schools.exception.NoSuchAssessmentResultException;
import ru.opora.schools.model.AssessmentResult;

/**
 * The persistence interface for the assessment result service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @see AssessmentResultUtil
 * @generated
 */
@ProviderType
public interface AssessmentResultPersistence
	extends BasePersistence<AssessmentResult> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link AssessmentResultUtil} to access the assessment result persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the assessment results where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @return the matching assessment results
	 */
	public java.util.List<AssessmentResult> findBySchoolId(long schoolId);

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
	public java.util.List<AssessmentResult> findBySchoolId(
		long schoolId, int start, int end);

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
	public java.util.List<AssessmentResult> findBySchoolId(
		long schoolId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<AssessmentResult>
			orderByComparator);

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
	public java.util.List<AssessmentResult> findBySchoolId(
		long schoolId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<AssessmentResult>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first assessment result in the ordered set where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching assessment result
	 * @throws NoSuchAssessmentResultException if a matching assessment result could not be found
	 */
	public AssessmentResult findBySchoolId_First(
			long schoolId,
			com.liferay.portal.kernel.util.OrderByComparator<AssessmentResult>
				orderByComparator)
		throws NoSuchAssessmentResultException;

	/**
	 * Returns the first assessment result in the ordered set where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching assessment result, or <code>null</code> if a matching assessment result could not be found
	 */
	public AssessmentResult fetchBySchoolId_First(
		long schoolId,
		com.liferay.portal.kernel.util.OrderByComparator<AssessmentResult>
			orderByComparator);

	/**
	 * Returns the last assessment result in the ordered set where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching assessment result
	 * @throws NoSuchAssessmentResultException if a matching assessment result could not be found
	 */
	public AssessmentResult findBySchoolId_Last(
			long schoolId,
			com.liferay.portal.kernel.util.OrderByComparator<AssessmentResult>
				orderByComparator)
		throws NoSuchAssessmentResultException;

	/**
	 * Returns the last assessment result in the ordered set where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching assessment result, or <code>null</code> if a matching assessment result could not be found
	 */
	public AssessmentResult fetchBySchoolId_Last(
		long schoolId,
		com.liferay.portal.kernel.util.OrderByComparator<AssessmentResult>
			orderByComparator);

	/**
	 * Returns the assessment results before and after the current assessment result in the ordered set where schoolId = &#63;.
	 *
	 * @param assessmentResultId the primary key of the current assessment result
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next assessment result
	 * @throws NoSuchAssessmentResultException if a assessment result with the primary key could not be found
	 */
	public AssessmentResult[] findBySchoolId_PrevAndNext(
			long assessmentResultId, long schoolId,
			com.liferay.portal.kernel.util.OrderByComparator<AssessmentResult>
				orderByComparator)
		throws NoSuchAssessmentResultException;

	/**
	 * Removes all the assessment results where schoolId = &#63; from the database.
	 *
	 * @param schoolId the school ID
	 */
	public void removeBySchoolId(long schoolId);

	/**
	 * Returns the number of assessment results where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @return the number of matching assessment results
	 */
	public int countBySchoolId(long schoolId);

	/**
	 * Returns all the assessment results where groupId = &#63; and assessmentYear = &#63;.
	 *
	 * @param groupId the group ID
	 * @param assessmentYear the assessment year
	 * @return the matching assessment results
	 */
	public java.util.List<AssessmentResult> findByG_AY(
		long groupId, int assessmentYear);

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
	public java.util.List<AssessmentResult> findByG_AY(
		long groupId, int assessmentYear, int start, int end);

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
	public java.util.List<AssessmentResult> findByG_AY(
		long groupId, int assessmentYear, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<AssessmentResult>
			orderByComparator);

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
	public java.util.List<AssessmentResult> findByG_AY(
		long groupId, int assessmentYear, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<AssessmentResult>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first assessment result in the ordered set where groupId = &#63; and assessmentYear = &#63;.
	 *
	 * @param groupId the group ID
	 * @param assessmentYear the assessment year
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching assessment result
	 * @throws NoSuchAssessmentResultException if a matching assessment result could not be found
	 */
	public AssessmentResult findByG_AY_First(
			long groupId, int assessmentYear,
			com.liferay.portal.kernel.util.OrderByComparator<AssessmentResult>
				orderByComparator)
		throws NoSuchAssessmentResultException;

	/**
	 * Returns the first assessment result in the ordered set where groupId = &#63; and assessmentYear = &#63;.
	 *
	 * @param groupId the group ID
	 * @param assessmentYear the assessment year
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching assessment result, or <code>null</code> if a matching assessment result could not be found
	 */
	public AssessmentResult fetchByG_AY_First(
		long groupId, int assessmentYear,
		com.liferay.portal.kernel.util.OrderByComparator<AssessmentResult>
			orderByComparator);

	/**
	 * Returns the last assessment result in the ordered set where groupId = &#63; and assessmentYear = &#63;.
	 *
	 * @param groupId the group ID
	 * @param assessmentYear the assessment year
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching assessment result
	 * @throws NoSuchAssessmentResultException if a matching assessment result could not be found
	 */
	public AssessmentResult findByG_AY_Last(
			long groupId, int assessmentYear,
			com.liferay.portal.kernel.util.OrderByComparator<AssessmentResult>
				orderByComparator)
		throws NoSuchAssessmentResultException;

	/**
	 * Returns the last assessment result in the ordered set where groupId = &#63; and assessmentYear = &#63;.
	 *
	 * @param groupId the group ID
	 * @param assessmentYear the assessment year
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching assessment result, or <code>null</code> if a matching assessment result could not be found
	 */
	public AssessmentResult fetchByG_AY_Last(
		long groupId, int assessmentYear,
		com.liferay.portal.kernel.util.OrderByComparator<AssessmentResult>
			orderByComparator);

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
	public AssessmentResult[] findByG_AY_PrevAndNext(
			long assessmentResultId, long groupId, int assessmentYear,
			com.liferay.portal.kernel.util.OrderByComparator<AssessmentResult>
				orderByComparator)
		throws NoSuchAssessmentResultException;

	/**
	 * Removes all the assessment results where groupId = &#63; and assessmentYear = &#63; from the database.
	 *
	 * @param groupId the group ID
	 * @param assessmentYear the assessment year
	 */
	public void removeByG_AY(long groupId, int assessmentYear);

	/**
	 * Returns the number of assessment results where groupId = &#63; and assessmentYear = &#63;.
	 *
	 * @param groupId the group ID
	 * @param assessmentYear the assessment year
	 * @return the number of matching assessment results
	 */
	public int countByG_AY(long groupId, int assessmentYear);

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
	public AssessmentResult findByS_AY_AT_G_S(
			long schoolId, int assessmentYear, String assessmentType, int grade,
			String subject)
		throws NoSuchAssessmentResultException;

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
	public AssessmentResult fetchByS_AY_AT_G_S(
		long schoolId, int assessmentYear, String assessmentType, int grade,
		String subject);

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
	public AssessmentResult fetchByS_AY_AT_G_S(
		long schoolId, int assessmentYear, String assessmentType, int grade,
		String subject, boolean useFinderCache);

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
	public AssessmentResult removeByS_AY_AT_G_S(
			long schoolId, int assessmentYear, String assessmentType, int grade,
			String subject)
		throws NoSuchAssessmentResultException;

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
	public int countByS_AY_AT_G_S(
		long schoolId, int assessmentYear, String assessmentType, int grade,
		String subject);

	/**
	 * Caches the assessment result in the entity cache if it is enabled.
	 *
	 * @param assessmentResult the assessment result
	 */
	public void cacheResult(AssessmentResult assessmentResult);

	/**
	 * Caches the assessment results in the entity cache if it is enabled.
	 *
	 * @param assessmentResults the assessment results
	 */
	public void cacheResult(java.util.List<AssessmentResult> assessmentResults);

	/**
	 * Creates a new assessment result with the primary key. Does not add the assessment result to the database.
	 *
	 * @param assessmentResultId the primary key for the new assessment result
	 * @return the new assessment result
	 */
	public AssessmentResult create(long assessmentResultId);

	/**
	 * Removes the assessment result with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param assessmentResultId the primary key of the assessment result
	 * @return the assessment result that was removed
	 * @throws NoSuchAssessmentResultException if a assessment result with the primary key could not be found
	 */
	public AssessmentResult remove(long assessmentResultId)
		throws NoSuchAssessmentResultException;

	public AssessmentResult updateImpl(AssessmentResult assessmentResult);

	/**
	 * Returns the assessment result with the primary key or throws a <code>NoSuchAssessmentResultException</code> if it could not be found.
	 *
	 * @param assessmentResultId the primary key of the assessment result
	 * @return the assessment result
	 * @throws NoSuchAssessmentResultException if a assessment result with the primary key could not be found
	 */
	public AssessmentResult findByPrimaryKey(long assessmentResultId)
		throws NoSuchAssessmentResultException;

	/**
	 * Returns the assessment result with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param assessmentResultId the primary key of the assessment result
	 * @return the assessment result, or <code>null</code> if a assessment result with the primary key could not be found
	 */
	public AssessmentResult fetchByPrimaryKey(long assessmentResultId);

	/**
	 * Returns all the assessment results.
	 *
	 * @return the assessment results
	 */
	public java.util.List<AssessmentResult> findAll();

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
	public java.util.List<AssessmentResult> findAll(int start, int end);

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
	public java.util.List<AssessmentResult> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<AssessmentResult>
			orderByComparator);

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
	public java.util.List<AssessmentResult> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<AssessmentResult>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the assessment results from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of assessment results.
	 *
	 * @return the number of assessment results
	 */
	public int countAll();

}