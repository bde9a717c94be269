/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.riskprofile.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import ru.opora.riskprofile.exception.NoSuchRiskMeasureException;
import ru.opora.riskprofile.model.RiskMeasure;

/**
 * The persistence interface for the risk measure service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @see RiskMeasureUtil
 * @generated
 */
@ProviderType
public interface RiskMeasurePersistence extends BasePersistence<RiskMeasure> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link RiskMeasureUtil} to access the risk measure persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the risk measures where riskDocumentId = &#63;.
	 *
	 * @param riskDocumentId the risk document ID
	 * @return the matching risk measures
	 */
	public java.util.List<RiskMeasure> findByRiskDocumentId(
		long riskDocumentId);

	/**
	 * Returns a range of all the risk measures where riskDocumentId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskMeasureModelImpl</code>.
	 * </p>
	 *
	 * @param riskDocumentId the risk document ID
	 * @param start the lower bound of the range of risk measures
	 * @param end the upper bound of the range of risk measures (not inclusive)
	 * @return the range of matching risk measures
	 */
	public java.util.List<RiskMeasure> findByRiskDocumentId(
		long riskDocumentId, int start, int end);

	/**
	 * Returns an ordered range of all the risk measures where riskDocumentId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskMeasureModelImpl</code>.
	 * </p>
	 *
	 * @param riskDocumentId the risk document ID
	 * @param start the lower bound of the range of risk measures
	 * @param end the upper bound of the range of risk measures (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching risk measures
	 */
	public java.util.List<RiskMeasure> findByRiskDocumentId(
		long riskDocumentId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<RiskMeasure>
			orderByComparator);

	/**
	 * Returns an ordered range of all the risk measures where riskDocumentId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskMeasureModelImpl</code>.
	 * </p>
	 *
	 * @param riskDocumentId the risk document ID
	 * @param start the lower bound of the range of risk measures
	 * @param end the upper bound of the range of risk measures (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching risk measures
	 */
	public java.util.List<RiskMeasure> findByRiskDocumentId(
		long riskDocumentId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<RiskMeasure>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first risk measure in the ordered set where riskDocumentId = &#63;.
	 *
	 * @param riskDocumentId the risk document ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching risk measure
	 * @throws NoSuchRiskMeasureException if a matching risk measure could not be found
	 */
	public RiskMeasure findByRiskDocumentId_First(
			long riskDocumentId,
			com.liferay.portal.kernel.util.OrderByComparator<RiskMeasure>
				orderByComparator)
		throws NoSuchRiskMeasureException;

	/**
	 * Returns the first risk measure in the ordered set where riskDocumentId = &#63;.
	 *
	 * @param riskDocumentId the risk document ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching risk measure, or <code>null</code> if a matching risk measure could not be found
	 */
	public RiskMeasure fetchByRiskDocumentId_First(
		long riskDocumentId,
		com.liferay.portal.kernel.util.OrderByComparator<RiskMeasure>
			orderByComparator);

	/**
	 * Returns the last risk measure in the ordered set where riskDocumentId = &#63;.
	 *
	 * @param riskDocumentId the risk document ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching risk measure
	 * @throws NoSuchRiskMeasureException if a matching risk measure could not be found
	 */
	public RiskMeasure findByRiskDocumentId_Last(
			long riskDocumentId,
			com.liferay.portal.kernel.util.OrderByComparator<RiskMeasure>
				orderByComparator)
		throws NoSuchRiskMeasureException;

	/**
	 * Returns the last risk measure in the ordered set where riskDocumentId = &#63;.
	 *
	 * @param riskDocumentId the risk document ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching risk measure, or <code>null</code> if a matching risk measure could not be found
	 */
	public RiskMeasure fetchByRiskDocumentId_Last(
		long riskDocumentId,
		com.liferay.portal.kernel.util.OrderByComparator<RiskMeasure>
			orderByComparator);

	/**
	 * Returns the risk measures before and after the current risk measure in the ordered set where riskDocumentId = &#63;.
	 *
	 * @param riskMeasureId the primary key of the current risk measure
	 * @param riskDocumentId the risk document ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next risk measure
	 * @throws NoSuchRiskMeasureException if a risk measure with the primary key could not be found
	 */
	public RiskMeasure[] findByRiskDocumentId_PrevAndNext(
			long riskMeasureId, long riskDocumentId,
			com.liferay.portal.kernel.util.OrderByComparator<RiskMeasure>
				orderByComparator)
		throws NoSuchRiskMeasureException;

	/**
	 * Removes all the risk measures where riskDocumentId = &#63; from the database.
	 *
	 * @param riskDocumentId the risk document ID
	 */
	public void removeByRiskDocumentId(long riskDocumentId);

	/**
	 * Returns the number of risk measures where riskDocumentId = &#63;.
	 *
	 * @param riskDocumentId the risk document ID
	 * @return the number of matching risk measures
	 */
	public int countByRiskDocumentId(long riskDocumentId);

	/**
	 * Caches the risk measure in the entity cache if it is enabled.
	 *
	 * @param riskMeasure the risk measure
	 */
	public void cacheResult(RiskMeasure riskMeasure);

	/**
	 * Caches the risk measures in the entity cache if it is enabled.
	 *
	 * @param riskMeasures the risk measures
	 */
	public void cacheResult(java.util.List<RiskMeasure> riskMeasures);

	/**
	 * Creates a new risk measure with the primary key. Does not add the risk measure to the database.
	 *
	 * @param riskMeasureId the primary key for the new risk measure
	 * @return the new risk measure
	 */
	public RiskMeasure create(long riskMeasureId);

	/**
	 * Removes the risk measure with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param riskMeasureId the primary key of the risk measure
	 * @return the risk measure that was removed
	 * @throws NoSuchRiskMeasureException if a risk measure with the primary key could not be found
	 */
	public RiskMeasure remove(long riskMeasureId)
		throws NoSuchRiskMeasureException;

	public RiskMeasure updateImpl(RiskMeasure riskMeasure);

	/**
	 * Returns the risk measure with the primary key or throws a <code>NoSuchRiskMeasureException</code> if it could not be found.
	 *
	 * @param riskMeasureId the primary key of the risk measure
	 * @return the risk measure
	 * @throws NoSuchRiskMeasureException if a risk measure with the primary key could not be found
	 */
	public RiskMeasure findByPrimaryKey(long riskMeasureId)
		throws NoSuchRiskMeasureException;

	/**
	 * Returns the risk measure with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param riskMeasureId the primary key of the risk measure
	 * @return the risk measure, or <code>null</code> if a risk measure with the primary key could not be found
	 */
	public RiskMeasure fetchByPrimaryKey(long riskMeasureId);

	/**
	 * Returns all the risk measures.
	 *
	 * @return the risk measures
	 */
	public java.util.List<RiskMeasure> findAll();

	/**
	 * Returns a range of all the risk measures.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskMeasureModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk measures
	 * @param end the upper bound of the range of risk measures (not inclusive)
	 * @return the range of risk measures
	 */
	public java.util.List<RiskMeasure> findAll(int start, int end);

	/**
	 * Returns an ordered range of all the risk measures.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskMeasureModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk measures
	 * @param end the upper bound of the range of risk measures (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of risk measures
	 */
	public java.util.List<RiskMeasure> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<RiskMeasure>
			orderByComparator);

	/**
	 * Returns an ordered range of all the risk measures.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskMeasureModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk measures
	 * @param end the upper bound of the range of risk measures (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of risk measures
	 */
	public java.util.List<RiskMeasure> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<RiskMeasure>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the risk measures from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of risk measures.
	 *
	 * @return the number of risk measures
	 */
	public int countAll();

}