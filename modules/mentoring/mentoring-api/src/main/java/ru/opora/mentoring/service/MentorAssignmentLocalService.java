/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.mentoring.service;

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
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.transaction.Isolation;
import com.liferay.portal.kernel.transaction.Propagation;
import com.liferay.portal.kernel.transaction.Transactional;
import com.liferay.portal.kernel.util.OrderByComparator;

import java.io.Serializable;

import java.time.LocalDate;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import ru.opora.domain.mentoring.MentorCandidate;
import ru.opora.domain.mentoring.MentorCostModel;
import ru.opora.domain.mentoring.SupportedSchoolProfile;
import ru.opora.domain.mentoring.assignment.AssignmentData;
import ru.opora.mentoring.model.MentorAssignment;
import ru.opora.mentoring.model.MentorSuggestion;
import ru.opora.mentoring.model.MentorSuggestions;

/**
 * Provides the local service interface for MentorAssignment. Methods of this
 * service will not have security checks based on the propagated JAAS
 * credentials because this service can only be accessed from within the same
 * VM.
 *
 * @author Opora
 * @see MentorAssignmentLocalServiceUtil
 * @generated
 */
@ProviderType
@Transactional(
	isolation = Isolation.PORTAL,
	rollbackFor = {PortalException.class, SystemException.class}
)
public interface MentorAssignmentLocalService
	extends BaseLocalService, PersistedModelLocalService {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add custom service methods to <code>ru.opora.mentoring.service.impl.MentorAssignmentLocalServiceImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface. Consume the mentor assignment local service via injection or a <code>org.osgi.util.tracker.ServiceTracker</code>. Use {@link MentorAssignmentLocalServiceUtil} if injection and service tracking are not available.
	 */

	/**
	 * Stores chosen suggestions as proposed mentor-school assignments for the
	 * period; all or nothing: any violation (a suggestion's field is prefixed
	 * with "suggestions[i].") stores none.
	 */
	public List<MentorAssignment> acceptSuggestions(
			long userId, long groupId, List<MentorSuggestion> suggestions,
			LocalDate startDate, LocalDate endDate, int capacity,
			ServiceContext serviceContext)
		throws PortalException;

	public MentorAssignment activateAssignment(
			long userId, long mentorAssignmentId, String comment,
			ServiceContext serviceContext)
		throws PortalException;

	/**
	 * Adds a proposed assignment; the mentor party may hold at most
	 * capacity open assignments in overlapping periods, this one
	 * included.
	 */
	public MentorAssignment addAssignment(
			long userId, long groupId, AssignmentData assignmentData,
			int capacity, ServiceContext serviceContext)
		throws PortalException;

	/**
	 * Adds the mentor assignment to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect MentorAssignmentLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param mentorAssignment the mentor assignment
	 * @return the mentor assignment that was added
	 */
	@Indexable(type = IndexableType.REINDEX)
	public MentorAssignment addMentorAssignment(
		MentorAssignment mentorAssignment);

	/**
	 * Cancels a proposed or active assignment; the reason is required.
	 */
	public MentorAssignment cancelAssignment(
			long userId, long mentorAssignmentId, String reason,
			ServiceContext serviceContext)
		throws PortalException;

	/**
	 * Creates a new mentor assignment with the primary key. Does not add the mentor assignment to the database.
	 *
	 * @param mentorAssignmentId the primary key for the new mentor assignment
	 * @return the new mentor assignment
	 */
	@Transactional(enabled = false)
	public MentorAssignment createMentorAssignment(long mentorAssignmentId);

	/**
	 * @throws PortalException
	 */
	public PersistedModel createPersistedModel(Serializable primaryKeyObj)
		throws PortalException;

	/**
	 * Deletes the mentor assignment with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect MentorAssignmentLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param mentorAssignmentId the primary key of the mentor assignment
	 * @return the mentor assignment that was removed
	 * @throws PortalException if a mentor assignment with the primary key could not be found
	 */
	@Indexable(type = IndexableType.DELETE)
	public MentorAssignment deleteMentorAssignment(long mentorAssignmentId)
		throws PortalException;

	/**
	 * Deletes the mentor assignment from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect MentorAssignmentLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param mentorAssignment the mentor assignment
	 * @return the mentor assignment that was removed
	 */
	@Indexable(type = IndexableType.DELETE)
	public MentorAssignment deleteMentorAssignment(
		MentorAssignment mentorAssignment);

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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.mentoring.model.impl.MentorAssignmentModelImpl</code>.
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.mentoring.model.impl.MentorAssignmentModelImpl</code>.
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
	public MentorAssignment fetchMentorAssignment(long mentorAssignmentId);

	public MentorAssignment finishAssignment(
			long userId, long mentorAssignmentId, String comment,
			ServiceContext serviceContext)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public ActionableDynamicQuery getActionableDynamicQuery();

	/**
	 * "My schools": the assignments of a curator, open ones only if asked.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<MentorAssignment> getCuratorAssignments(
		long curatorUserId, boolean openOnly);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<MentorAssignment> getGroupAssignments(long groupId);

	/**
	 * The site's assignments in one status (a code of AssignmentStatus).
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<MentorAssignment> getGroupAssignments(
		long groupId, String status);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public IndexableActionableDynamicQuery getIndexableActionableDynamicQuery();

	/**
	 * Returns the mentor assignment with the primary key.
	 *
	 * @param mentorAssignmentId the primary key of the mentor assignment
	 * @return the mentor assignment
	 * @throws PortalException if a mentor assignment with the primary key could not be found
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public MentorAssignment getMentorAssignment(long mentorAssignmentId)
		throws PortalException;

	/**
	 * Returns a range of all the mentor assignments.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.mentoring.model.impl.MentorAssignmentModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of mentor assignments
	 * @param end the upper bound of the range of mentor assignments (not inclusive)
	 * @return the range of mentor assignments
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<MentorAssignment> getMentorAssignments(int start, int end);

	/**
	 * Returns the number of mentor assignments.
	 *
	 * @return the number of mentor assignments
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public int getMentorAssignmentsCount();

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<MentorAssignment> getMentorSchoolAssignments(
		long mentorSchoolId, boolean openOnly);

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
	 * "My mentor": the assignments that support a school.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<MentorAssignment> getSupportedSchoolAssignments(
		long supportedSchoolId, boolean openOnly);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<MentorAssignment> getTeacherMentorAssignments(
		long teacherMentorUserId, boolean openOnly);

	/**
	 * The optimal mentor school for each supported school (min-cost
	 * matching of the cost model), with explanations; nothing is
	 * stored. School ids are the decimal schoolIds. A mentor's current load
	 * is raised to its open mentor-school assignments stored in the site.
	 *
	 * @param costModel the weights, or null for the defaults
	 */
	public MentorSuggestions suggestAssignments(
			long groupId, List<SupportedSchoolProfile> profiles,
			List<MentorCandidate> candidates, MentorCostModel costModel)
		throws PortalException;

	/**
	 * Updates the parties, period, order and explanation of a proposed or
	 * active assignment; the kind and the status do not change here.
	 */
	public MentorAssignment updateAssignment(
			long userId, long mentorAssignmentId, AssignmentData assignmentData,
			int capacity, ServiceContext serviceContext)
		throws PortalException;

	/**
	 * Updates the mentor assignment in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect MentorAssignmentLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param mentorAssignment the mentor assignment
	 * @return the mentor assignment that was updated
	 */
	@Indexable(type = IndexableType.REINDEX)
	public MentorAssignment updateMentorAssignment(
		MentorAssignment mentorAssignment);

}