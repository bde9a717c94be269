/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.diagnostics.service;

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

import java.io.Serializable;

import java.util.Date;
import java.util.List;
import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;

import ru.opora.diagnostics.model.Attempt;
import ru.opora.diagnostics.model.Consent;
import ru.opora.diagnostics.model.ItemView;
import ru.opora.domain.diagnostics.Aggregates;
import ru.opora.domain.diagnostics.DiagnosticResult;
import ru.opora.domain.diagnostics.ExternalResult;

/**
 * Provides the local service interface for Attempt. Methods of this
 * service will not have security checks based on the propagated JAAS
 * credentials because this service can only be accessed from within the same
 * VM.
 *
 * @author Opora
 * @see AttemptLocalServiceUtil
 * @generated
 */
@ProviderType
@Transactional(
	isolation = Isolation.PORTAL,
	rollbackFor = {PortalException.class, SystemException.class}
)
public interface AttemptLocalService
	extends BaseLocalService, PersistedModelLocalService {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add custom service methods to <code>ru.opora.diagnostics.service.impl.AttemptLocalServiceImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface. Consume the attempt local service via injection or a <code>org.osgi.util.tracker.ServiceTracker</code>. Use {@link AttemptLocalServiceUtil} if injection and service tracking are not available.
	 */

	/**
	 * Adds the attempt to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect AttemptLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param attempt the attempt
	 * @return the attempt that was added
	 */
	@Indexable(type = IndexableType.REINDEX)
	public Attempt addAttempt(Attempt attempt);

	/**
	 * Stores the result of an external diagnostic: percent per competence code of the latest published bank.
	 */
	@Transactional(rollbackFor = Exception.class)
	public Attempt addExternalResult(
			long groupId, long schoolId, long teacherUserId, String subject,
			Date date, Map<String, Double> percents)
		throws PortalException;

	/**
	 * Stores the checked results of an import (see AttemptService.importExternalResults) in one
	 * transaction: all of them, or none if one fails.
	 */
	@Transactional(rollbackFor = Exception.class)
	public int addExternalResults(long groupId, List<ExternalResult> results)
		throws PortalException;

	/**
	 * Creates a new attempt with the primary key. Does not add the attempt to the database.
	 *
	 * @param attemptId the primary key for the new attempt
	 * @return the new attempt
	 */
	@Transactional(enabled = false)
	public Attempt createAttempt(long attemptId);

	/**
	 * @throws PortalException
	 */
	public PersistedModel createPersistedModel(Serializable primaryKeyObj)
		throws PortalException;

	/**
	 * Deletes the attempt from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect AttemptLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param attempt the attempt
	 * @return the attempt that was removed
	 */
	@Indexable(type = IndexableType.DELETE)
	public Attempt deleteAttempt(Attempt attempt);

	/**
	 * Deletes the attempt with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect AttemptLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param attemptId the primary key of the attempt
	 * @return the attempt that was removed
	 * @throws PortalException if a attempt with the primary key could not be found
	 */
	@Indexable(type = IndexableType.DELETE)
	public Attempt deleteAttempt(long attemptId) throws PortalException;

	/**
	 * @throws PortalException
	 */
	@Override
	public PersistedModel deletePersistedModel(PersistedModel persistedModel)
		throws PortalException;

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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.diagnostics.model.impl.AttemptModelImpl</code>.
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.diagnostics.model.impl.AttemptModelImpl</code>.
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
	public Attempt fetchAttempt(long attemptId);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public ActionableDynamicQuery getActionableDynamicQuery();

	/**
	 * The figures of the teachers of some sites: Teacher site role members and everyone with an attempt there.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Aggregates getAggregates(long companyId, long[] groupIds);

	/**
	 * Returns the attempt with the primary key.
	 *
	 * @param attemptId the primary key of the attempt
	 * @return the attempt
	 * @throws PortalException if a attempt with the primary key could not be found
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Attempt getAttempt(long attemptId) throws PortalException;

	/**
	 * Returns a range of all the attempts.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.diagnostics.model.impl.AttemptModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of attempts
	 * @param end the upper bound of the range of attempts (not inclusive)
	 * @return the range of attempts
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<Attempt> getAttempts(int start, int end);

	/**
	 * Returns the number of attempts.
	 *
	 * @return the number of attempts
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public int getAttemptsCount();

	/**
	 * Code → name of the competences of a bank version, 0 for the latest
	 * published one (names are not personal data).
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Map<String, String> getCompetenceNames(
		long companyId, int bankVersion);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public DiagnosticResult getDiagnosticResult(Attempt attempt);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public IndexableActionableDynamicQuery getIndexableActionableDynamicQuery();

	/**
	 * The drawn items as the teacher sees them (no keys), in draw order.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<ItemView> getItemViews(Attempt attempt);

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

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<Attempt> getSchoolAttempts(long schoolId);

	/**
	 * Seconds left to answer (0: time is over).
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public long getSecondsLeft(Attempt attempt, Date now)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<Attempt> getSessionAttempts(long diagnosticSessionId);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<Attempt> getUserAttempts(long userId);

	@Transactional(rollbackFor = Exception.class)
	public Consent giveConsent(long userId) throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public boolean hasConsent(long companyId, long userId);

	/**
	 * Merges answers into the saved ones (only drawn items). After the time is
	 * over the attempt is submitted with what was saved, the new answers are
	 * not taken, and the completed attempt is returned (no exception, so the
	 * submission is not rolled back).
	 */
	@Transactional(rollbackFor = Exception.class)
	public Attempt saveAnswers(
			long attemptId, Map<String, String> answers, Date now)
		throws PortalException;

	/**
	 * Starts (draws the items) or resumes an attempt. Requires the teacher's
	 * consent and the session's period; an attempt whose time ran out is
	 * submitted.
	 */
	@Transactional(rollbackFor = Exception.class)
	public Attempt startAttempt(long attemptId, Date now)
		throws PortalException;

	/**
	 * Scores the saved answers on the attempt's bank version and stores the result per competence.
	 */
	@Transactional(rollbackFor = Exception.class)
	public Attempt submitAttempt(long attemptId, Date now)
		throws PortalException;

	/**
	 * Updates the attempt in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect AttemptLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param attempt the attempt
	 * @return the attempt that was updated
	 */
	@Indexable(type = IndexableType.REINDEX)
	public Attempt updateAttempt(Attempt attempt);

}