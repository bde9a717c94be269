/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.riskprofile.service.persistence;

import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.util.OrderByComparator;

import java.io.Serializable;

import java.util.List;
import java.util.Map;
import java.util.Set;

import ru.opora.riskprofile.model.RiskSurveyResponse;

/**
 * The persistence utility for the risk survey response service. This utility wraps <code>ru.opora.riskprofile.service.persistence.impl.RiskSurveyResponsePersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Opora
 * @see RiskSurveyResponsePersistence
 * @generated
 */
public class RiskSurveyResponseUtil {

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
	public static void clearCache(RiskSurveyResponse riskSurveyResponse) {
		getPersistence().clearCache(riskSurveyResponse);
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
	public static Map<Serializable, RiskSurveyResponse> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<RiskSurveyResponse> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<RiskSurveyResponse> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<RiskSurveyResponse> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<RiskSurveyResponse> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static RiskSurveyResponse update(
		RiskSurveyResponse riskSurveyResponse) {

		return getPersistence().update(riskSurveyResponse);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static RiskSurveyResponse update(
		RiskSurveyResponse riskSurveyResponse, ServiceContext serviceContext) {

		return getPersistence().update(riskSurveyResponse, serviceContext);
	}

	/**
	 * Returns all the risk survey responses where schoolId = &#63; and year = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @return the matching risk survey responses
	 */
	public static List<RiskSurveyResponse> findByS_Y(long schoolId, int year) {
		return getPersistence().findByS_Y(schoolId, year);
	}

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
	public static List<RiskSurveyResponse> findByS_Y(
		long schoolId, int year, int start, int end) {

		return getPersistence().findByS_Y(schoolId, year, start, end);
	}

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
	public static List<RiskSurveyResponse> findByS_Y(
		long schoolId, int year, int start, int end,
		OrderByComparator<RiskSurveyResponse> orderByComparator) {

		return getPersistence().findByS_Y(
			schoolId, year, start, end, orderByComparator);
	}

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
	public static List<RiskSurveyResponse> findByS_Y(
		long schoolId, int year, int start, int end,
		OrderByComparator<RiskSurveyResponse> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByS_Y(
			schoolId, year, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first risk survey response in the ordered set where schoolId = &#63; and year = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching risk survey response
	 * @throws NoSuchRiskSurveyResponseException if a matching risk survey response could not be found
	 */
	public static RiskSurveyResponse findByS_Y_First(
			long schoolId, int year,
			OrderByComparator<RiskSurveyResponse> orderByComparator)
		throws ru.opora.riskprofile.exception.
			NoSuchRiskSurveyResponseException {

		return getPersistence().findByS_Y_First(
			schoolId, year, orderByComparator);
	}

	/**
	 * Returns the first risk survey response in the ordered set where schoolId = &#63; and year = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching risk survey response, or <code>null</code> if a matching risk survey response could not be found
	 */
	public static RiskSurveyResponse fetchByS_Y_First(
		long schoolId, int year,
		OrderByComparator<RiskSurveyResponse> orderByComparator) {

		return getPersistence().fetchByS_Y_First(
			schoolId, year, orderByComparator);
	}

	/**
	 * Returns the last risk survey response in the ordered set where schoolId = &#63; and year = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching risk survey response
	 * @throws NoSuchRiskSurveyResponseException if a matching risk survey response could not be found
	 */
	public static RiskSurveyResponse findByS_Y_Last(
			long schoolId, int year,
			OrderByComparator<RiskSurveyResponse> orderByComparator)
		throws ru.opora.riskprofile.exception.
			NoSuchRiskSurveyResponseException {

		return getPersistence().findByS_Y_Last(
			schoolId, year, orderByComparator);
	}

	/**
	 * Returns the last risk survey response in the ordered set where schoolId = &#63; and year = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching risk survey response, or <code>null</code> if a matching risk survey response could not be found
	 */
	public static RiskSurveyResponse fetchByS_Y_Last(
		long schoolId, int year,
		OrderByComparator<RiskSurveyResponse> orderByComparator) {

		return getPersistence().fetchByS_Y_Last(
			schoolId, year, orderByComparator);
	}

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
	public static RiskSurveyResponse[] findByS_Y_PrevAndNext(
			long riskSurveyResponseId, long schoolId, int year,
			OrderByComparator<RiskSurveyResponse> orderByComparator)
		throws ru.opora.riskprofile.exception.
			NoSuchRiskSurveyResponseException {

		return getPersistence().findByS_Y_PrevAndNext(
			riskSurveyResponseId, schoolId, year, orderByComparator);
	}

	/**
	 * Removes all the risk survey responses where schoolId = &#63; and year = &#63; from the database.
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 */
	public static void removeByS_Y(long schoolId, int year) {
		getPersistence().removeByS_Y(schoolId, year);
	}

	/**
	 * Returns the number of risk survey responses where schoolId = &#63; and year = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @return the number of matching risk survey responses
	 */
	public static int countByS_Y(long schoolId, int year) {
		return getPersistence().countByS_Y(schoolId, year);
	}

	/**
	 * Returns the risk survey response where schoolId = &#63; and year = &#63; and respondentUserId = &#63; or throws a <code>NoSuchRiskSurveyResponseException</code> if it could not be found.
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @param respondentUserId the respondent user ID
	 * @return the matching risk survey response
	 * @throws NoSuchRiskSurveyResponseException if a matching risk survey response could not be found
	 */
	public static RiskSurveyResponse findByS_Y_U(
			long schoolId, int year, long respondentUserId)
		throws ru.opora.riskprofile.exception.
			NoSuchRiskSurveyResponseException {

		return getPersistence().findByS_Y_U(schoolId, year, respondentUserId);
	}

	/**
	 * Returns the risk survey response where schoolId = &#63; and year = &#63; and respondentUserId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @param respondentUserId the respondent user ID
	 * @return the matching risk survey response, or <code>null</code> if a matching risk survey response could not be found
	 */
	public static RiskSurveyResponse fetchByS_Y_U(
		long schoolId, int year, long respondentUserId) {

		return getPersistence().fetchByS_Y_U(schoolId, year, respondentUserId);
	}

	/**
	 * Returns the risk survey response where schoolId = &#63; and year = &#63; and respondentUserId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @param respondentUserId the respondent user ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching risk survey response, or <code>null</code> if a matching risk survey response could not be found
	 */
	public static RiskSurveyResponse fetchByS_Y_U(
		long schoolId, int year, long respondentUserId,
		boolean useFinderCache) {

		return getPersistence().fetchByS_Y_U(
			schoolId, year, respondentUserId, useFinderCache);
	}

	/**
	 * Removes the risk survey response where schoolId = &#63; and year = &#63; and respondentUserId = &#63; from the database.
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @param respondentUserId the respondent user ID
	 * @return the risk survey response that was removed
	 */
	public static RiskSurveyResponse removeByS_Y_U(
			long schoolId, int year, long respondentUserId)
		throws ru.opora.riskprofile.exception.
			NoSuchRiskSurveyResponseException {

		return getPersistence().removeByS_Y_U(schoolId, year, respondentUserId);
	}

	/**
	 * Returns the number of risk survey responses where schoolId = &#63; and year = &#63; and respondentUserId = &#63;.
	 *
	 * @param schoolId the school ID
	 * @param year the year
	 * @param respondentUserId the respondent user ID
	 * @return the number of matching risk survey responses
	 */
	public static int countByS_Y_U(
		long schoolId, int year, long respondentUserId) {

		return getPersistence().countByS_Y_U(schoolId, year, respondentUserId);
	}

	/**
	 * Returns all the risk survey responses where responseCode = &#63;.
	 *
	 * @param responseCode the response code
	 * @return the matching risk survey responses
	 */
	public static List<RiskSurveyResponse> findByResponseCode(
		String responseCode) {

		return getPersistence().findByResponseCode(responseCode);
	}

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
	public static List<RiskSurveyResponse> findByResponseCode(
		String responseCode, int start, int end) {

		return getPersistence().findByResponseCode(responseCode, start, end);
	}

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
	public static List<RiskSurveyResponse> findByResponseCode(
		String responseCode, int start, int end,
		OrderByComparator<RiskSurveyResponse> orderByComparator) {

		return getPersistence().findByResponseCode(
			responseCode, start, end, orderByComparator);
	}

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
	public static List<RiskSurveyResponse> findByResponseCode(
		String responseCode, int start, int end,
		OrderByComparator<RiskSurveyResponse> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByResponseCode(
			responseCode, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first risk survey response in the ordered set where responseCode = &#63;.
	 *
	 * @param responseCode the response code
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching risk survey response
	 * @throws NoSuchRiskSurveyResponseException if a matching risk survey response could not be found
	 */
	public static RiskSurveyResponse findByResponseCode_First(
			String responseCode,
			OrderByComparator<RiskSurveyResponse> orderByComparator)
		throws ru.opora.riskprofile.exception.
			NoSuchRiskSurveyResponseException {

		return getPersistence().findByResponseCode_First(
			responseCode, orderByComparator);
	}

	/**
	 * Returns the first risk survey response in the ordered set where responseCode = &#63;.
	 *
	 * @param responseCode the response code
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching risk survey response, or <code>null</code> if a matching risk survey response could not be found
	 */
	public static RiskSurveyResponse fetchByResponseCode_First(
		String responseCode,
		OrderByComparator<RiskSurveyResponse> orderByComparator) {

		return getPersistence().fetchByResponseCode_First(
			responseCode, orderByComparator);
	}

	/**
	 * Returns the last risk survey response in the ordered set where responseCode = &#63;.
	 *
	 * @param responseCode the response code
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching risk survey response
	 * @throws NoSuchRiskSurveyResponseException if a matching risk survey response could not be found
	 */
	public static RiskSurveyResponse findByResponseCode_Last(
			String responseCode,
			OrderByComparator<RiskSurveyResponse> orderByComparator)
		throws ru.opora.riskprofile.exception.
			NoSuchRiskSurveyResponseException {

		return getPersistence().findByResponseCode_Last(
			responseCode, orderByComparator);
	}

	/**
	 * Returns the last risk survey response in the ordered set where responseCode = &#63;.
	 *
	 * @param responseCode the response code
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching risk survey response, or <code>null</code> if a matching risk survey response could not be found
	 */
	public static RiskSurveyResponse fetchByResponseCode_Last(
		String responseCode,
		OrderByComparator<RiskSurveyResponse> orderByComparator) {

		return getPersistence().fetchByResponseCode_Last(
			responseCode, orderByComparator);
	}

	/**
	 * Returns the risk survey responses before and after the current risk survey response in the ordered set where responseCode = &#63;.
	 *
	 * @param riskSurveyResponseId the primary key of the current risk survey response
	 * @param responseCode the response code
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next risk survey response
	 * @throws NoSuchRiskSurveyResponseException if a risk survey response with the primary key could not be found
	 */
	public static RiskSurveyResponse[] findByResponseCode_PrevAndNext(
			long riskSurveyResponseId, String responseCode,
			OrderByComparator<RiskSurveyResponse> orderByComparator)
		throws ru.opora.riskprofile.exception.
			NoSuchRiskSurveyResponseException {

		return getPersistence().findByResponseCode_PrevAndNext(
			riskSurveyResponseId, responseCode, orderByComparator);
	}

	/**
	 * Removes all the risk survey responses where responseCode = &#63; from the database.
	 *
	 * @param responseCode the response code
	 */
	public static void removeByResponseCode(String responseCode) {
		getPersistence().removeByResponseCode(responseCode);
	}

	/**
	 * Returns the number of risk survey responses where responseCode = &#63;.
	 *
	 * @param responseCode the response code
	 * @return the number of matching risk survey responses
	 */
	public static int countByResponseCode(String responseCode) {
		return getPersistence().countByResponseCode(responseCode);
	}

	/**
	 * Caches the risk survey response in the entity cache if it is enabled.
	 *
	 * @param riskSurveyResponse the risk survey response
	 */
	public static void cacheResult(RiskSurveyResponse riskSurveyResponse) {
		getPersistence().cacheResult(riskSurveyResponse);
	}

	/**
	 * Caches the risk survey responses in the entity cache if it is enabled.
	 *
	 * @param riskSurveyResponses the risk survey responses
	 */
	public static void cacheResult(
		List<RiskSurveyResponse> riskSurveyResponses) {

		getPersistence().cacheResult(riskSurveyResponses);
	}

	/**
	 * Creates a new risk survey response with the primary key. Does not add the risk survey response to the database.
	 *
	 * @param riskSurveyResponseId the primary key for the new risk survey response
	 * @return the new risk survey response
	 */
	public static RiskSurveyResponse create(long riskSurveyResponseId) {
		return getPersistence().create(riskSurveyResponseId);
	}

	/**
	 * Removes the risk survey response with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param riskSurveyResponseId the primary key of the risk survey response
	 * @return the risk survey response that was removed
	 * @throws NoSuchRiskSurveyResponseException if a risk survey response with the primary key could not be found
	 */
	public static RiskSurveyResponse remove(long riskSurveyResponseId)
		throws ru.opora.riskprofile.exception.
			NoSuchRiskSurveyResponseException {

		return getPersistence().remove(riskSurveyResponseId);
	}

	public static RiskSurveyResponse updateImpl(
		RiskSurveyResponse riskSurveyResponse) {

		return getPersistence().updateImpl(riskSurveyResponse);
	}

	/**
	 * Returns the risk survey response with the primary key or throws a <code>NoSuchRiskSurveyResponseException</code> if it could not be found.
	 *
	 * @param riskSurveyResponseId the primary key of the risk survey response
	 * @return the risk survey response
	 * @throws NoSuchRiskSurveyResponseException if a risk survey response with the primary key could not be found
	 */
	public static RiskSurveyResponse findByPrimaryKey(long riskSurveyResponseId)
		throws ru.opora.riskprofile.exception.
			NoSuchRiskSurveyResponseException {

		return getPersistence().findByPrimaryKey(riskSurveyResponseId);
	}

	/**
	 * Returns the risk survey response with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param riskSurveyResponseId the primary key of the risk survey response
	 * @return the risk survey response, or <code>null</code> if a risk survey response with the primary key could not be found
	 */
	public static RiskSurveyResponse fetchByPrimaryKey(
		long riskSurveyResponseId) {

		return getPersistence().fetchByPrimaryKey(riskSurveyResponseId);
	}

	/**
	 * Returns all the risk survey responses.
	 *
	 * @return the risk survey responses
	 */
	public static List<RiskSurveyResponse> findAll() {
		return getPersistence().findAll();
	}

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
	public static List<RiskSurveyResponse> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

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
	public static List<RiskSurveyResponse> findAll(
		int start, int end,
		OrderByComparator<RiskSurveyResponse> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

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
	public static List<RiskSurveyResponse> findAll(
		int start, int end,
		OrderByComparator<RiskSurveyResponse> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the risk survey responses from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of risk survey responses.
	 *
	 * @return the number of risk survey responses
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static RiskSurveyResponsePersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(
		RiskSurveyResponsePersistence persistence) {

		_persistence = persistence;
	}

	private static volatile RiskSurveyResponsePersistence _persistence;

}