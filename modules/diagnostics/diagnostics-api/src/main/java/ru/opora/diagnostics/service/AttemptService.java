/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.diagnostics.service;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.exception.SystemException;
import com.liferay.portal.kernel.security.access.control.AccessControlled;
import com.liferay.portal.kernel.service.BaseService;
import com.liferay.portal.kernel.transaction.Isolation;
import com.liferay.portal.kernel.transaction.Propagation;
import com.liferay.portal.kernel.transaction.Transactional;

import java.util.List;
import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;

import ru.opora.diagnostics.model.Attempt;
import ru.opora.diagnostics.model.Consent;
import ru.opora.diagnostics.model.ItemView;
import ru.opora.domain.diagnostics.Aggregates;
import ru.opora.domain.diagnostics.DiagnosticResult;

/**
 * Provides the remote service interface for Attempt. Methods of this
 * service are expected to have security checks based on the propagated JAAS
 * credentials because this service can be accessed remotely.
 *
 * @author Opora
 * @see AttemptServiceUtil
 * @generated
 */
@AccessControlled
@ProviderType
@Transactional(
	isolation = Isolation.PORTAL,
	rollbackFor = {PortalException.class, SystemException.class}
)
public interface AttemptService extends BaseService {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add custom service methods to <code>ru.opora.diagnostics.service.impl.AttemptServiceImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface. Consume the attempt remote service via injection or a <code>org.osgi.util.tracker.ServiceTracker</code>. Use {@link AttemptServiceUtil} if injection and service tracking are not available.
	 */

	/**
	 * The figures of one municipality site.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Aggregates getAggregates(long groupId) throws PortalException;

	/**
	 * A teacher's attempt (status, dates, answers): individual data, audited.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Attempt getAttempt(long attemptId) throws PortalException;

	/**
	 * Competence names of a bank version of the caller's company: any signed-in user.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Map<String, String> getCompetenceNames(int bankVersion)
		throws PortalException;

	/**
	 * The items to answer: only the teacher, only while the attempt is in progress (no keys).
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<ItemView> getItemViews(long attemptId) throws PortalException;

	/**
	 * The signed-in teacher's own attempts.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<Attempt> getMyAttempts() throws PortalException;

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public String getOSGiServiceIdentifier();

	/**
	 * The figures of every site of the region: regional coordinators only.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Aggregates getRegionAggregates(long[] groupIds)
		throws PortalException;

	/**
	 * Results per competence of an attempt: individual data, audited.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public DiagnosticResult getResult(long attemptId) throws PortalException;

	/**
	 * The attempts of a school's teachers that the caller may see (leaders of
	 * the school; coordinators only where allowed): each is audited; anyone
	 * else gets an exception, not an empty list.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<Attempt> getSchoolAttempts(long schoolId)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public long getSecondsLeft(long attemptId) throws PortalException;

	/**
	 * A teacher's attempts, if the caller may see that teacher's data; audited.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<Attempt> getTeacherAttempts(long teacherUserId)
		throws PortalException;

	public Consent giveConsent() throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public boolean hasConsent() throws PortalException;

	/**
	 * Imports a regional centre's results workbook into the site (IMPORT_RESULTS
	 * there): the rows of its first sheet, the header first (see
	 * ResultsSheet). Every row is checked: the sheet's rules, the school
	 * (federal login, full or short name) is one of this site's, the teacher
	 * (e-mail address or screen name) is a user of the company on the school's
	 * staff (a member of its organisation), the same result (teacher, school,
	 * subject, date) is not imported yet. With any problem nothing is stored and
	 * every problem is returned; else all rows are stored in one transaction.
	 * The teacher's consent is not asked here: the centre that ran the
	 * diagnostic collected it; the results are individual data under the usual
	 * rules (the caller gets only counts and problems back).
	 */
	public ru.opora.domain.diagnostics.ResultsSheet.Report
			importExternalResults(long groupId, List<List<String>> rows)
		throws PortalException;

	public Attempt saveAnswers(long attemptId, Map<String, String> answers)
		throws PortalException;

	public Attempt startAttempt(long attemptId) throws PortalException;

	public Attempt submitAttempt(long attemptId) throws PortalException;

}