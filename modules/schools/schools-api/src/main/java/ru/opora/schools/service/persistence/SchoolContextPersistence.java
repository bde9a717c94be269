/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.schools.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import ru.opora.schools.exception.NoSuchSchoolContextException;
import ru.opora.schools.model.SchoolContext;

/**
 * The persistence interface for the school context service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @see SchoolContextUtil
 * @generated
 */
@ProviderType
public interface SchoolContextPersistence
	extends BasePersistence<SchoolContext> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link SchoolContextUtil} to access the school context persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the school contexts where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @return the matching school contexts
	 */
	public java.util.List<SchoolContext> findBySchoolId(long schoolId);

	/**
	 * Returns a range of all the school contexts where schoolId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SchoolContextModelImpl</code>.
	 * </p>
	 *
	 * @param schoolId the school ID
	 * @param start the lower bound of the range of school contexts
	 * @param end the upper bound of the range of school contexts (not inclusive)
	 * @return the range of matching school contexts
	 */
	public java.util.List<SchoolContext> findBySchoolId(
		long schoolId, int start, int end);

	/**
	 * Returns an ordered range of all the school contexts where schoolId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SchoolContextModelImpl</code>.
	 * </p>
	 *
	 * @param schoolId the school ID
	 * @param start the lower bound of the range of school contexts
	 * @param end the upper bound of the range of school contexts (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching school contexts
	 */
	public java.util.List<SchoolContext> findBySchoolId(
		long schoolId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SchoolContext>
			orderByComparator);

	/**
	 * Returns an ordered range of all the school contexts where schoolId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SchoolContextModelImpl</code>.
	 * </p>
	 *
	 * @param schoolId the school ID
	 * @param start the lower bound of the range of school contexts
	 * @param end the upper bound of the range of school contexts (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching school contexts
	 */
	public java.util.List<SchoolContext> findBySchoolId(
		long schoolId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SchoolContext>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first school context in the ordered set where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching school context
	 * @throws NoSuchSchoolContextException if a matching school context could not be found
	 */
	public SchoolContext findBySchoolId_First(
			long schoolId,
			com.liferay.portal.kernel.util.OrderByComparator<SchoolContext>
				orderByComparator)
		throws NoSuchSchoolContextException;

	/**
	 * Returns the first school context in the ordered set where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching school context, or <code>null</code> if a matching school context could not be found
	 */
	public SchoolContext fetchBySchoolId_First(
		long schoolId,
		com.liferay.portal.kernel.util.OrderByComparator<SchoolContext>
			orderByComparator);

	/**
	 * Returns the last school context in the ordered set where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching school context
	 * @throws NoSuchSchoolContextException if a matching school context could not be found
	 */
	public SchoolContext findBySchoolId_Last(
			long schoolId,
			com.liferay.portal.kernel.util.OrderByComparator<SchoolContext>
				orderByComparator)
		throws NoSuchSchoolContextException;

	/**
	 * Returns the last school context in the ordered set where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching school context, or <code>null</code> if a matching school context could not be found
	 */
	public SchoolContext fetchBySchoolId_Last(
		long schoolId,
		com.liferay.portal.kernel.util.OrderByComparator<SchoolContext>
			orderByComparator);

	/**
	 * Returns the school contexts before and after the current school context in the ordered set where schoolId = &#63;.
	 *
	 * @param schoolContextId the primary key of the current school context
	 * @param schoolId the school ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next school context
	 * @throws NoSuchSchoolContextException if a school context with the primary key could not be found
	 */
	public SchoolContext[] findBySchoolId_PrevAndNext(
			long schoolContextId, long schoolId,
			com.liferay.portal.kernel.util.OrderByComparator<SchoolContext>
				orderByComparator)
		throws NoSuchSchoolContextException;

	/**
	 * Removes all the school contexts where schoolId = &#63; from the database.
	 *
	 * @param schoolId the school ID
	 */
	public void removeBySchoolId(long schoolId);

	/**
	 * Returns the number of school contexts where schoolId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @return the number of matching school contexts
	 */
	public int countBySchoolId(long schoolId);

	/**
	 * Returns the school context where schoolId = &#63; and contextYear = &#63; or throws a <code>NoSuchSchoolContextException</code> if it could not be found.
	 *
	 * @param schoolId the school ID
	 * @param contextYear the context year
	 * @return the matching school context
	 * @throws NoSuchSchoolContextException if a matching school context could not be found
	 */
	public SchoolContext findByS_CY(long schoolId, int contextYear)
		throws NoSuchSchoolContextException;

	/**
	 * Returns the school context where schoolId = &#63; and contextYear = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param schoolId the school ID
	 * @param contextYear the context year
	 * @return the matching school context, or <code>null</code> if a matching school context could not be found
	 */
	public SchoolContext fetchByS_CY(long schoolId, int contextYear);

	/**
	 * Returns the school context where schoolId = &#63; and contextYear = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param schoolId the school ID
	 * @param contextYear the context year
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching school context, or <code>null</code> if a matching school context could not be found
	 */
	public SchoolContext fetchByS_CY(
		long schoolId, int contextYear, boolean useFinderCache);

	/**
	 * Removes the school context where schoolId = &#63; and contextYear = &#63; from the database.
	 *
	 * @param schoolId the school ID
	 * @param contextYear the context year
	 * @return the school context that was removed
	 */
	public SchoolContext removeByS_CY(long schoolId, int contextYear)
		throws NoSuchSchoolContextException;

	/**
	 * Returns the number of school contexts where schoolId = &#63; and contextYear = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param contextYear the context year
	 * @return the number of matching school contexts
	 */
	public int countByS_CY(long schoolId, int contextYear);

	/**
	 * Caches the school context in the entity cache if it is enabled.
	 *
	 * @param schoolContext the school context
	 */
	public void cacheResult(SchoolContext schoolContext);

	/**
	 * Caches the school contexts in the entity cache if it is enabled.
	 *
	 * @param schoolContexts the school contexts
	 */
	public void cacheResult(java.util.List<SchoolContext> schoolContexts);

	/**
	 * Creates a new school context with the primary key. Does not add the school context to the database.
	 *
	 * @param schoolContextId the primary key for the new school context
	 * @return the new school context
	 */
	public SchoolContext create(long schoolContextId);

	/**
	 * Removes the school context with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param schoolContextId the primary key of the school context
	 * @return the school context that was removed
	 * @throws NoSuchSchoolContextException if a school context with the primary key could not be found
	 */
	public SchoolContext remove(long schoolContextId)
		throws NoSuchSchoolContextException;

	public SchoolContext updateImpl(SchoolContext schoolContext);

	/**
	 * Returns the school context with the primary key or throws a <code>NoSuchSchoolContextException</code> if it could not be found.
	 *
	 * @param schoolContextId the primary key of the school context
	 * @return the school context
	 * @throws NoSuchSchoolContextException if a school context with the primary key could not be found
	 */
	public SchoolContext findByPrimaryKey(long schoolContextId)
		throws NoSuchSchoolContextException;

	/**
	 * Returns the school context with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param schoolContextId the primary key of the school context
	 * @return the school context, or <code>null</code> if a school context with the primary key could not be found
	 */
	public SchoolContext fetchByPrimaryKey(long schoolContextId);

	/**
	 * Returns all the school contexts.
	 *
	 * @return the school contexts
	 */
	public java.util.List<SchoolContext> findAll();

	/**
	 * Returns a range of all the school contexts.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SchoolContextModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of school contexts
	 * @param end the upper bound of the range of school contexts (not inclusive)
	 * @return the range of school contexts
	 */
	public java.util.List<SchoolContext> findAll(int start, int end);

	/**
	 * Returns an ordered range of all the school contexts.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SchoolContextModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of school contexts
	 * @param end the upper bound of the range of school contexts (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of school contexts
	 */
	public java.util.List<SchoolContext> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SchoolContext>
			orderByComparator);

	/**
	 * Returns an ordered range of all the school contexts.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SchoolContextModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of school contexts
	 * @param end the upper bound of the range of school contexts (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of school contexts
	 */
	public java.util.List<SchoolContext> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SchoolContext>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the school contexts from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of school contexts.
	 *
	 * @return the number of school contexts
	 */
	public int countAll();

}