/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.riskprofile.service;

import com.liferay.petra.sql.dsl.query.DSLQuery;
import com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery;
import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery;
import com.liferay.portal.kernel.dao.orm.Projection;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.exception.SystemException;
import com.liferay.portal.kernel.model.PersistedModel;
import com.liferay.portal.kernel.search.Indexable;
import com.liferay.portal.kernel.search.IndexableType;
import com.liferay.portal.kernel.service.BaseLocalService;
import com.liferay.portal.kernel.service.PersistedModelLocalService;
import com.liferay.portal.kernel.transaction.Isolation;
import com.liferay.portal.kernel.transaction.Propagation;
import com.liferay.portal.kernel.transaction.Transactional;
import com.liferay.portal.kernel.util.OrderByComparator;

import java.io.File;
import java.io.Serializable;

import java.util.List;
import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;

import ru.opora.domain.risk.profile.SurveyAnswers;
import ru.opora.riskprofile.model.RiskSurveyResponse;
import ru.opora.riskprofile.util.SurveyImportReport;

/**
 * Provides the local service interface for RiskSurveyResponse. Methods of this
 * service will not have security checks based on the propagated JAAS
 * credentials because this service can only be accessed from within the same
 * VM.
 *
 * @author Opora
 * @see RiskSurveyResponseLocalServiceUtil
 * @generated
 */
@ProviderType
@Transactional(
	isolation = Isolation.PORTAL,
	rollbackFor = {PortalException.class, SystemException.class}
)
public interface RiskSurveyResponseLocalService
	extends BaseLocalService, PersistedModelLocalService {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add custom service methods to <code>ru.opora.riskprofile.service.impl.RiskSurveyResponseLocalServiceImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface. Consume the risk survey response local service via injection or a <code>org.osgi.util.tracker.ServiceTracker</code>. Use {@link RiskSurveyResponseLocalServiceUtil} if injection and service tracking are not available.
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
	@Indexable(type = IndexableType.REINDEX)
	public RiskSurveyResponse addRiskSurveyResponse(
		RiskSurveyResponse riskSurveyResponse);

	/**
	 * @throws PortalException
	 */
	public PersistedModel createPersistedModel(Serializable primaryKeyObj)
		throws PortalException;

	/**
	 * Creates a new risk survey response with the primary key. Does not add the risk survey response to the database.
	 *
	 * @param riskSurveyResponseId the primary key for the new risk survey response
	 * @return the new risk survey response
	 */
	@Transactional(enabled = false)
	public RiskSurveyResponse createRiskSurveyResponse(
		long riskSurveyResponseId);

	/**
	 * @throws PortalException
	 */
	@Override
	public PersistedModel deletePersistedModel(PersistedModel persistedModel)
		throws PortalException;

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
	@Indexable(type = IndexableType.DELETE)
	public RiskSurveyResponse deleteRiskSurveyResponse(
			long riskSurveyResponseId)
		throws PortalException;

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
	@Indexable(type = IndexableType.DELETE)
	public RiskSurveyResponse deleteRiskSurveyResponse(
		RiskSurveyResponse riskSurveyResponse);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public <T> T dslQuery(DSLQuery dslQuery);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public int dslQueryCount(DSLQuery dslQuery);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public DynamicQuery dynamicQuery();

	/**
	 * Performs a dynamic query on the database and returns the matching rows.
	 *
	 * @param dynamicQuery the dynamic query
	 * @return the matching rows
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public <T> List<T> dynamicQuery(DynamicQuery dynamicQuery);

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
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public <T> List<T> dynamicQuery(
		DynamicQuery dynamicQuery, int start, int end);

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
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public <T> List<T> dynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<T> orderByComparator);

	/**
	 * Returns the number of rows matching the dynamic query.
	 *
	 * @param dynamicQuery the dynamic query
	 * @return the number of rows matching the dynamic query
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public long dynamicQueryCount(DynamicQuery dynamicQuery);

	/**
	 * Returns the number of rows matching the dynamic query.
	 *
	 * @param dynamicQuery the dynamic query
	 * @param projection the projection to apply to the query
	 * @return the number of rows matching the dynamic query
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public long dynamicQueryCount(
		DynamicQuery dynamicQuery, Projection projection);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public RiskSurveyResponse fetchByResponseCode(String responseCode);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public RiskSurveyResponse fetchRiskSurveyResponse(
		long riskSurveyResponseId);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public ActionableDynamicQuery getActionableDynamicQuery();

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public IndexableActionableDynamicQuery getIndexableActionableDynamicQuery();

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public String getOSGiServiceIdentifier();

	/**
	 * @throws PortalException
	 */
	@Override
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public PersistedModel getPersistedModel(Serializable primaryKeyObj)
		throws PortalException;

	/**
	 * Returns the risk survey response with the primary key.
	 *
	 * @param riskSurveyResponseId the primary key of the risk survey response
	 * @return the risk survey response
	 * @throws PortalException if a risk survey response with the primary key could not be found
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public RiskSurveyResponse getRiskSurveyResponse(long riskSurveyResponseId)
		throws PortalException;

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
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<RiskSurveyResponse> getRiskSurveyResponses(int start, int end);

	/**
	 * Returns the number of risk survey responses.
	 *
	 * @return the number of risk survey responses
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public int getRiskSurveyResponsesCount();

	/**
	 * The answers given so far, in the domain's form (unanswered codes included with no answers).
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<SurveyAnswers> getSchoolAnswers(long schoolId, int year);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<RiskSurveyResponse> getSchoolResponses(long schoolId, int year);

	/**
	 * Imports answers from the first sheet of an .xlsx workbook (e.g. the
	 * federal system's export): a header row with the respondent group column
	 * and one column per question code, then one respondent per row. Every
	 * row is stored as an anonymous response or reported with its reasons; a
	 * header naming an unknown question rejects the whole file (its answers
	 * would be lost).
	 */
	public SurveyImportReport importAnswers(
			long userId, long schoolId, int year, File file)
		throws PortalException;

	/**
	 * New anonymous response codes of a pupils' or parents' survey.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<RiskSurveyResponse> issueResponseCodes(
			long userId, long schoolId, int year, String respondentGroup,
			int count)
		throws PortalException;

	/**
	 * Stores the answers of an issued code; a code answers once.
	 */
	public RiskSurveyResponse saveCodeResponse(
			String responseCode, Map<String, Double> answers)
		throws PortalException;

	/**
	 * Stores (or replaces) a staff member's answers as director or teacher.
	 */
	public RiskSurveyResponse saveStaffResponse(
			long userId, long schoolId, int year, String respondentGroup,
			Map<String, Double> answers)
		throws PortalException;

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
	@Indexable(type = IndexableType.REINDEX)
	public RiskSurveyResponse updateRiskSurveyResponse(
		RiskSurveyResponse riskSurveyResponse);

}