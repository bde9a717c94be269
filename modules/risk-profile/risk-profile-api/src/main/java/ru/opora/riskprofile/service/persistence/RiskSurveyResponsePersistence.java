/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.riskprofile.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import ru.opora.riskprofile.exception.NoSuchRiskSurveyResponseException;
import ru.opora.riskprofile.model.RiskSurveyResponse;

/**
 * The persistence interface for the risk survey response service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @see RiskSurveyResponseUtil
 * @generated
 */
@ProviderType
public interface RiskSurveyResponsePersistence
	extends BasePersistence<RiskSurveyResponse> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link RiskSurveyResponseUtil} to access the risk survey response persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the risk survey responses where schoolId = &#63; and year = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @return the matching risk survey responses
	 */
	public java.util.List<RiskSurveyResponse> findByS_Y(
		long schoolId, int year);

	/**
	 * Returns a range of all the risk survey responses where schoolId = &#63; and year = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskSurveyResponseModelImpl</code>.
	 * </p>
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @param start the lower bound of the range of risk survey responses
	 * @param end the upper bound of the range of risk survey responses (not inclusive)
	 * @return the range of matching risk survey responses
	 */
	public java.util.List<RiskSurveyResponse> findByS_Y(
		long schoolId, int year, int start, int end);

	/**
	 * Returns an ordered range of all the risk survey responses where schoolId = &#63; and year = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskSurveyResponseModelImpl</code>.
	 * </p>
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @param start the lower bound of the range of risk survey responses
	 * @param end the upper bound of the range of risk survey responses (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching risk survey responses
	 */
	public java.util.List<RiskSurveyResponse> findByS_Y(
		long schoolId, int year, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<RiskSurveyResponse>
			orderByComparator);

	/**
	 * Returns an ordered range of all the risk survey responses where schoolId = &#63; and year = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskSurveyResponseModelImpl</code>.
	 * </p>
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @param start the lower bound of the range of risk survey responses
	 * @param end the upper bound of the range of risk survey responses (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching risk survey responses
	 */
	public java.util.List<RiskSurveyResponse> findByS_Y(
		long schoolId, int year, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<RiskSurveyResponse>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first risk survey response in the ordered set where schoolId = &#63; and year = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching risk survey response
	 * @throws NoSuchRiskSurveyResponseException if a matching risk survey response could not be found
	 */
	public RiskSurveyResponse findByS_Y_First(
			long schoolId, int year,
			com.liferay.portal.kernel.util.OrderByComparator<RiskSurveyResponse>
				orderByComparator)
		throws NoSuchRiskSurveyResponseException;

	/**
	 * Returns the first risk survey response in the ordered set where schoolId = &#63; and year = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching risk survey response, or <code>null</code> if a matching risk survey response could not be found
	 */
	public RiskSurveyResponse fetchByS_Y_First(
		long schoolId, int year,
		com.liferay.portal.kernel.util.OrderByComparator<RiskSurveyResponse>
			orderByComparator);

	/**
	 * Returns the last risk survey response in the ordered set where schoolId = &#63; and year = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching risk survey response
	 * @throws NoSuchRiskSurveyResponseException if a matching risk survey response could not be found
	 */
	public RiskSurveyResponse findByS_Y_Last(
			long schoolId, int year,
			com.liferay.portal.kernel.util.OrderByComparator<RiskSurveyResponse>
				orderByComparator)
		throws NoSuchRiskSurveyResponseException;

	/**
	 * Returns the last risk survey response in the ordered set where schoolId = &#63; and year = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching risk survey response, or <code>null</code> if a matching risk survey response could not be found
	 */
	public RiskSurveyResponse fetchByS_Y_Last(
		long schoolId, int year,
		com.liferay.portal.kernel.util.OrderByComparator<RiskSurveyResponse>
			orderByComparator);

	/**
	 * Returns the risk survey responses before and after the current risk survey response in the ordered set where schoolId = &#63; and year = &#63;.
	 *
	 * @param riskSurveyResponseId the primary key of the current risk survey response
	 * @param schoolId the school ID
	 * @param year the year
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next risk survey response
	 * @throws NoSuchRiskSurveyResponseException if a risk survey response with the primary key could not be found
	 */
	public RiskSurveyResponse[] findByS_Y_PrevAndNext(
			long riskSurveyResponseId, long schoolId, int year,
			com.liferay.portal.kernel.util.OrderByComparator<RiskSurveyResponse>
				orderByComparator)
		throws NoSuchRiskSurveyResponseException;

	/**
	 * Removes all the risk survey responses where schoolId = &#63; and year = &#63; from the database.
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 */
	public void removeByS_Y(long schoolId, int year);

	/**
	 * Returns the number of risk survey responses where schoolId = &#63; and year = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @return the number of matching risk survey responses
	 */
	public int countByS_Y(long schoolId, int year);

	/**
	 * Returns the risk survey response where schoolId = &#63; and year = &#63; and respondentUserId = &#63; or throws a <code>NoSuchRiskSurveyResponseException</code> if it could not be found.
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @param respondentUserId the respondent user ID
	 * @return the matching risk survey response
	 * @throws NoSuchRiskSurveyResponseException if a matching risk survey response could not be found
	 */
	public RiskSurveyResponse findByS_Y_U(
			long schoolId, int year, long respondentUserId)
		throws NoSuchRiskSurveyResponseException;

	/**
	 * Returns the risk survey response where schoolId = &#63; and year = &#63; and respondentUserId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @param respondentUserId the respondent user ID
	 * @return the matching risk survey response, or <code>null</code> if a matching risk survey response could not be found
	 */
	public RiskSurveyResponse fetchByS_Y_U(
		long schoolId, int year, long respondentUserId);

	/**
	 * Returns the risk survey response where schoolId = &#63; and year = &#63; and respondentUserId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @param respondentUserId the respondent user ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching risk survey response, or <code>null</code> if a matching risk survey response could not be found
	 */
	public RiskSurveyResponse fetchByS_Y_U(
		long schoolId, int year, long respondentUserId, boolean useFinderCache);

	/**
	 * Removes the risk survey response where schoolId = &#63; and year = &#63; and respondentUserId = &#63; from the database.
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @param respondentUserId the respondent user ID
	 * @return the risk survey response that was removed
	 */
	public RiskSurveyResponse removeByS_Y_U(
			long schoolId, int year, long respondentUserId)
		throws NoSuchRiskSurveyResponseException;

	/**
	 * Returns the number of risk survey responses where schoolId = &#63; and year = &#63; and respondentUserId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @param respondentUserId the respondent user ID
	 * @return the number of matching risk survey responses
	 */
	public int countByS_Y_U(long schoolId, int year, long respondentUserId);

	/**
	 * Returns all the risk survey responses where responseCode = &#63;.
	 *
	 * @param responseCode the response code
	 * @return the matching risk survey responses
	 */
	public java.util.List<RiskSurveyResponse> findByResponseCode(
		String responseCode);

	/**
	 * Returns a range of all the risk survey responses where responseCode = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskSurveyResponseModelImpl</code>.
	 * </p>
	 *
	 * @param responseCode the response code
	 * @param start the lower bound of the range of risk survey responses
	 * @param end the upper bound of the range of risk survey responses (not inclusive)
	 * @return the range of matching risk survey responses
	 */
	public java.util.List<RiskSurveyResponse> findByResponseCode(
		String responseCode, int start, int end);

	/**
	 * Returns an ordered range of all the risk survey responses where responseCode = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskSurveyResponseModelImpl</code>.
	 * </p>
	 *
	 * @param responseCode the response code
	 * @param start the lower bound of the range of risk survey responses
	 * @param end the upper bound of the range of risk survey responses (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching risk survey responses
	 */
	public java.util.List<RiskSurveyResponse> findByResponseCode(
		String responseCode, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<RiskSurveyResponse>
			orderByComparator);

	/**
	 * Returns an ordered range of all the risk survey responses where responseCode = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskSurveyResponseModelImpl</code>.
	 * </p>
	 *
	 * @param responseCode the response code
	 * @param start the lower bound of the range of risk survey responses
	 * @param end the upper bound of the range of risk survey responses (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching risk survey responses
	 */
	public java.util.List<RiskSurveyResponse> findByResponseCode(
		String responseCode, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<RiskSurveyResponse>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first risk survey response in the ordered set where responseCode = &#63;.
	 *
	 * @param responseCode the response code
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching risk survey response
	 * @throws NoSuchRiskSurveyResponseException if a matching risk survey response could not be found
	 */
	public RiskSurveyResponse findByResponseCode_First(
			String responseCode,
			com.liferay.portal.kernel.util.OrderByComparator<RiskSurveyResponse>
				orderByComparator)
		throws NoSuchRiskSurveyResponseException;

	/**
	 * Returns the first risk survey response in the ordered set where responseCode = &#63;.
	 *
	 * @param responseCode the response code
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching risk survey response, or <code>null</code> if a matching risk survey response could not be found
	 */
	public RiskSurveyResponse fetchByResponseCode_First(
		String responseCode,
		com.liferay.portal.kernel.util.OrderByComparator<RiskSurveyResponse>
			orderByComparator);

	/**
	 * Returns the last risk survey response in the ordered set where responseCode = &#63;.
	 *
	 * @param responseCode the response code
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching risk survey response
	 * @throws NoSuchRiskSurveyResponseException if a matching risk survey response could not be found
	 */
	public RiskSurveyResponse findByResponseCode_Last(
			String responseCode,
			com.liferay.portal.kernel.util.OrderByComparator<RiskSurveyResponse>
				orderByComparator)
		throws NoSuchRiskSurveyResponseException;

	/**
	 * Returns the last risk survey response in the ordered set where responseCode = &#63;.
	 *
	 * @param responseCode the response code
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching risk survey response, or <code>null</code> if a matching risk survey response could not be found
	 */
	public RiskSurveyResponse fetchByResponseCode_Last(
		String responseCode,
		com.liferay.portal.kernel.util.OrderByComparator<RiskSurveyResponse>
			orderByComparator);

	/**
	 * Returns the risk survey responses before and after the current risk survey response in the ordered set where responseCode = &#63;.
	 *
	 * @param riskSurveyResponseId the primary key of the current risk survey response
	 * @param responseCode the response code
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next risk survey response
	 * @throws NoSuchRiskSurveyResponseException if a risk survey response with the primary key could not be found
	 */
	public RiskSurveyResponse[] findByResponseCode_PrevAndNext(
			long riskSurveyResponseId, String responseCode,
			com.liferay.portal.kernel.util.OrderByComparator<RiskSurveyResponse>
				orderByComparator)
		throws NoSuchRiskSurveyResponseException;

	/**
	 * Removes all the risk survey responses where responseCode = &#63; from the database.
	 *
	 * @param responseCode the response code
	 */
	public void removeByResponseCode(String responseCode);

	/**
	 * Returns the number of risk survey responses where responseCode = &#63;.
	 *
	 * @param responseCode the response code
	 * @return the number of matching risk survey responses
	 */
	public int countByResponseCode(String responseCode);

	/**
	 * Caches the risk survey response in the entity cache if it is enabled.
	 *
	 * @param riskSurveyResponse the risk survey response
	 */
	public void cacheResult(RiskSurveyResponse riskSurveyResponse);

	/**
	 * Caches the risk survey responses in the entity cache if it is enabled.
	 *
	 * @param riskSurveyResponses the risk survey responses
	 */
	public void cacheResult(
		java.util.List<RiskSurveyResponse> riskSurveyResponses);

	/**
	 * Creates a new risk survey response with the primary key. Does not add the risk survey response to the database.
	 *
	 * @param riskSurveyResponseId the primary key for the new risk survey response
	 * @return the new risk survey response
	 */
	public RiskSurveyResponse create(long riskSurveyResponseId);

	/**
	 * Removes the risk survey response with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param riskSurveyResponseId the primary key of the risk survey response
	 * @return the risk survey response that was removed
	 * @throws NoSuchRiskSurveyResponseException if a risk survey response with the primary key could not be found
	 */
	public RiskSurveyResponse remove(long riskSurveyResponseId)
		throws NoSuchRiskSurveyResponseException;

	public RiskSurveyResponse updateImpl(RiskSurveyResponse riskSurveyResponse);

	/**
	 * Returns the risk survey response with the primary key or throws a <code>NoSuchRiskSurveyResponseException</code> if it could not be found.
	 *
	 * @param riskSurveyResponseId the primary key of the risk survey response
	 * @return the risk survey response
	 * @throws NoSuchRiskSurveyResponseException if a risk survey response with the primary key could not be found
	 */
	public RiskSurveyResponse findByPrimaryKey(long riskSurveyResponseId)
		throws NoSuchRiskSurveyResponseException;

	/**
	 * Returns the risk survey response with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param riskSurveyResponseId the primary key of the risk survey response
	 * @return the risk survey response, or <code>null</code> if a risk survey response with the primary key could not be found
	 */
	public RiskSurveyResponse fetchByPrimaryKey(long riskSurveyResponseId);

	/**
	 * Returns all the risk survey responses.
	 *
	 * @return the risk survey responses
	 */
	public java.util.List<RiskSurveyResponse> findAll();

	/**
	 * Returns a range of all the risk survey responses.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskSurveyResponseModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk survey responses
	 * @param end the upper bound of the range of risk survey responses (not inclusive)
	 * @return the range of risk survey responses
	 */
	public java.util.List<RiskSurveyResponse> findAll(int start, int end);

	/**
	 * Returns an ordered range of all the risk survey responses.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskSurveyResponseModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk survey responses
	 * @param end the upper bound of the range of risk survey responses (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of risk survey responses
	 */
	public java.util.List<RiskSurveyResponse> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<RiskSurveyResponse>
			orderByComparator);

	/**
	 * Returns an ordered range of all the risk survey responses.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RiskSurveyResponseModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk survey responses
	 * @param end the upper bound of the range of risk survey responses (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of risk survey responses
	 */
	public java.util.List<RiskSurveyResponse> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<RiskSurveyResponse>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the risk survey responses from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of risk survey responses.
	 *
	 * @return the number of risk survey responses
	 */
	public int countAll();

}