/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.riskprofile.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link RiskSurveyResponseLocalService}.
 *
 * @author Opora
 * @see RiskSurveyResponseLocalService
 * @generated
 */
public class RiskSurveyResponseLocalServiceWrapper
	implements RiskSurveyResponseLocalService,
			   ServiceWrapper<RiskSurveyResponseLocalService> {

	public RiskSurveyResponseLocalServiceWrapper() {
		this(null);
	}

	public RiskSurveyResponseLocalServiceWrapper(
		RiskSurveyResponseLocalService riskSurveyResponseLocalService) {

		_riskSurveyResponseLocalService = riskSurveyResponseLocalService;
	}

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
	@Override
	public ru.opora.riskprofile.model.RiskSurveyResponse addRiskSurveyResponse(
		ru.opora.riskprofile.model.RiskSurveyResponse riskSurveyResponse) {

		return _riskSurveyResponseLocalService.addRiskSurveyResponse(
			riskSurveyResponse);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskSurveyResponseLocalService.createPersistedModel(
			primaryKeyObj);
	}

	/**
	 * Creates a new risk survey response with the primary key. Does not add the risk survey response to the database.
	 *
	 * @param riskSurveyResponseId the primary key for the new risk survey response
	 * @return the new risk survey response
	 */
	@Override
	public ru.opora.riskprofile.model.RiskSurveyResponse
		createRiskSurveyResponse(long riskSurveyResponseId) {

		return _riskSurveyResponseLocalService.createRiskSurveyResponse(
			riskSurveyResponseId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskSurveyResponseLocalService.deletePersistedModel(
			persistedModel);
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
	@Override
	public ru.opora.riskprofile.model.RiskSurveyResponse
			deleteRiskSurveyResponse(long riskSurveyResponseId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskSurveyResponseLocalService.deleteRiskSurveyResponse(
			riskSurveyResponseId);
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
	@Override
	public ru.opora.riskprofile.model.RiskSurveyResponse
		deleteRiskSurveyResponse(
			ru.opora.riskprofile.model.RiskSurveyResponse riskSurveyResponse) {

		return _riskSurveyResponseLocalService.deleteRiskSurveyResponse(
			riskSurveyResponse);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _riskSurveyResponseLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _riskSurveyResponseLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _riskSurveyResponseLocalService.dynamicQuery();
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

		return _riskSurveyResponseLocalService.dynamicQuery(dynamicQuery);
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
	@Override
	public <T> java.util.List<T> dynamicQuery(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery, int start,
		int end) {

		return _riskSurveyResponseLocalService.dynamicQuery(
			dynamicQuery, start, end);
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
	@Override
	public <T> java.util.List<T> dynamicQuery(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery, int start,
		int end,
		com.liferay.portal.kernel.util.OrderByComparator<T> orderByComparator) {

		return _riskSurveyResponseLocalService.dynamicQuery(
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

		return _riskSurveyResponseLocalService.dynamicQueryCount(dynamicQuery);
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

		return _riskSurveyResponseLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public ru.opora.riskprofile.model.RiskSurveyResponse fetchByResponseCode(
		String responseCode) {

		return _riskSurveyResponseLocalService.fetchByResponseCode(
			responseCode);
	}

	@Override
	public ru.opora.riskprofile.model.RiskSurveyResponse
		fetchRiskSurveyResponse(long riskSurveyResponseId) {

		return _riskSurveyResponseLocalService.fetchRiskSurveyResponse(
			riskSurveyResponseId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _riskSurveyResponseLocalService.getActionableDynamicQuery();
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _riskSurveyResponseLocalService.
			getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _riskSurveyResponseLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskSurveyResponseLocalService.getPersistedModel(primaryKeyObj);
	}

	/**
	 * Returns the risk survey response with the primary key.
	 *
	 * @param riskSurveyResponseId the primary key of the risk survey response
	 * @return the risk survey response
	 * @throws PortalException if a risk survey response with the primary key could not be found
	 */
	@Override
	public ru.opora.riskprofile.model.RiskSurveyResponse getRiskSurveyResponse(
			long riskSurveyResponseId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskSurveyResponseLocalService.getRiskSurveyResponse(
			riskSurveyResponseId);
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
	@Override
	public java.util.List<ru.opora.riskprofile.model.RiskSurveyResponse>
		getRiskSurveyResponses(int start, int end) {

		return _riskSurveyResponseLocalService.getRiskSurveyResponses(
			start, end);
	}

	/**
	 * Returns the number of risk survey responses.
	 *
	 * @return the number of risk survey responses
	 */
	@Override
	public int getRiskSurveyResponsesCount() {
		return _riskSurveyResponseLocalService.getRiskSurveyResponsesCount();
	}

	/**
	 * The answers given so far, in the domain's form (unanswered codes included with no answers).
	 */
	@Override
	public java.util.List<ru.opora.domain.risk.profile.SurveyAnswers>
		getSchoolAnswers(long schoolId, int year) {

		return _riskSurveyResponseLocalService.getSchoolAnswers(schoolId, year);
	}

	@Override
	public java.util.List<ru.opora.riskprofile.model.RiskSurveyResponse>
		getSchoolResponses(long schoolId, int year) {

		return _riskSurveyResponseLocalService.getSchoolResponses(
			schoolId, year);
	}

	/**
	 * Imports answers from the first sheet of an .xlsx workbook (e.g. the
	 * federal system's export): a header row with the respondent group column
	 * and one column per question code, then one respondent per row. Every
	 * row is stored as an anonymous response or reported with its reasons; a
	 * header naming an unknown question rejects the whole file (its answers
	 * would be lost).
	 */
	@Override
	public ru.opora.riskprofile.util.SurveyImportReport importAnswers(
			long userId, long schoolId, int year, java.io.File file)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskSurveyResponseLocalService.importAnswers(
			userId, schoolId, year, file);
	}

	/**
	 * New anonymous response codes of a pupils' or parents' survey.
	 */
	@Override
	public java.util.List<ru.opora.riskprofile.model.RiskSurveyResponse>
			issueResponseCodes(
				long userId, long schoolId, int year, String respondentGroup,
				int count)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskSurveyResponseLocalService.issueResponseCodes(
			userId, schoolId, year, respondentGroup, count);
	}

	/**
	 * Stores the answers of an issued code; a code answers once.
	 */
	@Override
	public ru.opora.riskprofile.model.RiskSurveyResponse saveCodeResponse(
			String responseCode, java.util.Map<String, Double> answers)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskSurveyResponseLocalService.saveCodeResponse(
			responseCode, answers);
	}

	/**
	 * Stores (or replaces) a staff member's answers as director or teacher.
	 */
	@Override
	public ru.opora.riskprofile.model.RiskSurveyResponse saveStaffResponse(
			long userId, long schoolId, int year, String respondentGroup,
			java.util.Map<String, Double> answers)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskSurveyResponseLocalService.saveStaffResponse(
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
	@Override
	public ru.opora.riskprofile.model.RiskSurveyResponse
		updateRiskSurveyResponse(
			ru.opora.riskprofile.model.RiskSurveyResponse riskSurveyResponse) {

		return _riskSurveyResponseLocalService.updateRiskSurveyResponse(
			riskSurveyResponse);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _riskSurveyResponseLocalService.getBasePersistence();
	}

	@Override
	public RiskSurveyResponseLocalService getWrappedService() {
		return _riskSurveyResponseLocalService;
	}

	@Override
	public void setWrappedService(
		RiskSurveyResponseLocalService riskSurveyResponseLocalService) {

		_riskSurveyResponseLocalService = riskSurveyResponseLocalService;
	}

	private RiskSurveyResponseLocalService _riskSurveyResponseLocalService;

}