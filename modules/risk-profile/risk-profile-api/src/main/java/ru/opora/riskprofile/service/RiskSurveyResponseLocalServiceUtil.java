/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.riskprofile.service;

import com.liferay.petra.sql.dsl.query.DSLQuery;
import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.PersistedModel;
import com.liferay.portal.kernel.module.service.Snapshot;
import com.liferay.portal.kernel.util.OrderByComparator;

import java.io.Serializable;

import java.util.List;
import java.util.Map;

import ru.opora.riskprofile.model.RiskSurveyResponse;

/**
 * Provides the local service utility for RiskSurveyResponse. This utility wraps
 * <code>ru.opora.riskprofile.service.impl.RiskSurveyResponseLocalServiceImpl</code> and
 * is an access point for service operations in application layer code running
 * on the local server. Methods of this service will not have security checks
 * based on the propagated JAAS credentials because this service can only be
 * accessed from within the same VM.
 *
 * @author Opora
 * @see RiskSurveyResponseLocalService
 * @generated
 */
public class RiskSurveyResponseLocalServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>ru.opora.riskprofile.service.impl.RiskSurveyResponseLocalServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */

	/**
	 * Adds the risk survey response to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect RiskSurveyResponseLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param riskSurveyResponse the risk survey response
	 * @return the risk survey response that was added
	 */
	public static RiskSurveyResponse addRiskSurveyResponse(
		RiskSurveyResponse riskSurveyResponse) {

		return getService().addRiskSurveyResponse(riskSurveyResponse);
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
	 * Creates a new risk survey response with the primary key. Does not add the risk survey response to the database.
	 *
	 * @param riskSurveyResponseId the primary key for the new risk survey response
	 * @return the new risk survey response
	 */
	public static RiskSurveyResponse createRiskSurveyResponse(
		long riskSurveyResponseId) {

		return getService().createRiskSurveyResponse(riskSurveyResponseId);
	}

	/**
	 * @throws PortalException
	 */
	public static PersistedModel deletePersistedModel(
			PersistedModel persistedModel)
		throws PortalException {

		return getService().deletePersistedModel(persistedModel);
	}

	/**
	 * Deletes the risk survey response with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect RiskSurveyResponseLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param riskSurveyResponseId the primary key of the risk survey response
	 * @return the risk survey response that was removed
	 * @throws PortalException if a risk survey response with the primary key could not be found
	 */
	public static RiskSurveyResponse deleteRiskSurveyResponse(
			long riskSurveyResponseId)
		throws PortalException {

		return getService().deleteRiskSurveyResponse(riskSurveyResponseId);
	}

	/**
	 * Deletes the risk survey response from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect RiskSurveyResponseLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param riskSurveyResponse the risk survey response
	 * @return the risk survey response that was removed
	 */
	public static RiskSurveyResponse deleteRiskSurveyResponse(
		RiskSurveyResponse riskSurveyResponse) {

		return getService().deleteRiskSurveyResponse(riskSurveyResponse);
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.riskprofile.model.impl.RiskSurveyResponseModelImpl</code>.
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.riskprofile.model.impl.RiskSurveyResponseModelImpl</code>.
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

	public static RiskSurveyResponse fetchByResponseCode(String responseCode) {
		return getService().fetchByResponseCode(responseCode);
	}

	public static RiskSurveyResponse fetchRiskSurveyResponse(
		long riskSurveyResponseId) {

		return getService().fetchRiskSurveyResponse(riskSurveyResponseId);
	}

	public static com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return getService().getActionableDynamicQuery();
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

	/**
	 * Returns the risk survey response with the primary key.
	 *
	 * @param riskSurveyResponseId the primary key of the risk survey response
	 * @return the risk survey response
	 * @throws PortalException if a risk survey response with the primary key could not be found
	 */
	public static RiskSurveyResponse getRiskSurveyResponse(
			long riskSurveyResponseId)
		throws PortalException {

		return getService().getRiskSurveyResponse(riskSurveyResponseId);
	}

	/**
	 * Returns a range of all the risk survey responses.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.riskprofile.model.impl.RiskSurveyResponseModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk survey responses
	 * @param end the upper bound of the range of risk survey responses (not inclusive)
	 * @return the range of risk survey responses
	 */
	public static List<RiskSurveyResponse> getRiskSurveyResponses(
		int start, int end) {

		return getService().getRiskSurveyResponses(start, end);
	}

	/**
	 * Returns the number of risk survey responses.
	 *
	 * @return the number of risk survey responses
	 */
	public static int getRiskSurveyResponsesCount() {
		return getService().getRiskSurveyResponsesCount();
	}

	/**
	 * The answers given so far, in the domain's form (unanswered codes included with no answers).
	 */
	public static List<ru.opora.domain.risk.profile.SurveyAnswers>
		getSchoolAnswers(long schoolId, int year) {

		return getService().getSchoolAnswers(schoolId, year);
	}

	public static List<RiskSurveyResponse> getSchoolResponses(
		long schoolId, int year) {

		return getService().getSchoolResponses(schoolId, year);
	}

	/**
	 * Imports answers from the first sheet of an .xlsx workbook (e.g. the
	 * federal system's export): a header row with the respondent group column
	 * and one column per question code, then one respondent per row. Every
	 * row is stored as an anonymous response or reported with its reasons; a
	 * header naming an unknown question rejects the whole file (its answers
	 * would be lost).
	 */
	public static ru.opora.riskprofile.util.SurveyImportReport importAnswers(
			long userId, long schoolId, int year, java.io.File file)
		throws PortalException {

		return getService().importAnswers(userId, schoolId, year, file);
	}

	/**
	 * New anonymous response codes of a pupils' or parents' survey.
	 */
	public static List<RiskSurveyResponse> issueResponseCodes(
			long userId, long schoolId, int year, String respondentGroup,
			int count)
		throws PortalException {

		return getService().issueResponseCodes(
			userId, schoolId, year, respondentGroup, count);
	}

	/**
	 * Stores the answers of an issued code; a code answers once.
	 */
	public static RiskSurveyResponse saveCodeResponse(
			String responseCode, Map<String, Double> answers)
		throws PortalException {

		return getService().saveCodeResponse(responseCode, answers);
	}

	/**
	 * Stores (or replaces) a staff member's answers as director or teacher.
	 */
	public static RiskSurveyResponse saveStaffResponse(
			long userId, long schoolId, int year, String respondentGroup,
			Map<String, Double> answers)
		throws PortalException {

		return getService().saveStaffResponse(
			userId, schoolId, year, respondentGroup, answers);
	}

	/**
	 * Updates the risk survey response in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect RiskSurveyResponseLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param riskSurveyResponse the risk survey response
	 * @return the risk survey response that was updated
	 */
	public static RiskSurveyResponse updateRiskSurveyResponse(
		RiskSurveyResponse riskSurveyResponse) {

		return getService().updateRiskSurveyResponse(riskSurveyResponse);
	}

	public static RiskSurveyResponseLocalService getService() {
		return _serviceSnapshot.get();
	}

	private static final Snapshot<RiskSurveyResponseLocalService>
		_serviceSnapshot = new Snapshot<>(
			RiskSurveyResponseLocalServiceUtil.class,
			RiskSurveyResponseLocalService.class);

}