/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.mentoring.service;

import com.liferay.petra.sql.dsl.query.DSLQuery;
import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.PersistedModel;
import com.liferay.portal.kernel.module.service.Snapshot;
import com.liferay.portal.kernel.util.OrderByComparator;

import java.io.Serializable;

import java.util.List;

import ru.opora.mentoring.model.MentorAssignment;

/**
 * Provides the local service utility for MentorAssignment. This utility wraps
 * <code>ru.opora.mentoring.service.impl.MentorAssignmentLocalServiceImpl</code> and
 * is an access point for service operations in application layer code running
 * on the local server. Methods of this service will not have security checks
 * based on the propagated JAAS credentials because this service can only be
 * accessed from within the same VM.
 *
 * @author Opora
 * @see MentorAssignmentLocalService
 * @generated
 */
public class MentorAssignmentLocalServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>ru.opora.mentoring.service.impl.MentorAssignmentLocalServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */

	/**
	 * Stores chosen suggestions as proposed mentor-school assignments for the
	 * period; all or nothing: any violation (a suggestion's field is prefixed
	 * with "suggestions[i].") stores none.
	 */
	public static List<MentorAssignment> acceptSuggestions(
			long userId, long groupId,
			List<ru.opora.mentoring.model.MentorSuggestion> suggestions,
			java.time.LocalDate startDate, java.time.LocalDate endDate,
			int capacity,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().acceptSuggestions(
			userId, groupId, suggestions, startDate, endDate, capacity,
			serviceContext);
	}

	public static MentorAssignment activateAssignment(
			long userId, long mentorAssignmentId, String comment,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().activateAssignment(
			userId, mentorAssignmentId, comment, serviceContext);
	}

	/**
	 * Adds a proposed assignment; the mentor party may hold at most
	 * capacity open assignments in overlapping periods, this one
	 * included.
	 */
	public static MentorAssignment addAssignment(
			long userId, long groupId,
			ru.opora.domain.mentoring.assignment.AssignmentData assignmentData,
			int capacity,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().addAssignment(
			userId, groupId, assignmentData, capacity, serviceContext);
	}

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
	public static MentorAssignment addMentorAssignment(
		MentorAssignment mentorAssignment) {

		return getService().addMentorAssignment(mentorAssignment);
	}

	/**
	 * Cancels a proposed or active assignment; the reason is required.
	 */
	public static MentorAssignment cancelAssignment(
			long userId, long mentorAssignmentId, String reason,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().cancelAssignment(
			userId, mentorAssignmentId, reason, serviceContext);
	}

	/**
	 * Creates a new mentor assignment with the primary key. Does not add the mentor assignment to the database.
	 *
	 * @param mentorAssignmentId the primary key for the new mentor assignment
	 * @return the new mentor assignment
	 */
	public static MentorAssignment createMentorAssignment(
		long mentorAssignmentId) {

		return getService().createMentorAssignment(mentorAssignmentId);
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
	public static MentorAssignment deleteMentorAssignment(
			long mentorAssignmentId)
		throws PortalException {

		return getService().deleteMentorAssignment(mentorAssignmentId);
	}

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
	public static MentorAssignment deleteMentorAssignment(
		MentorAssignment mentorAssignment) {

		return getService().deleteMentorAssignment(mentorAssignment);
	}

	/**
	 * @throws PortalException
	 */
	public static PersistedModel deletePersistedModel(
			PersistedModel persistedModel)
		throws PortalException {

		return getService().deletePersistedModel(persistedModel);
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.mentoring.model.impl.MentorAssignmentModelImpl</code>.
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.mentoring.model.impl.MentorAssignmentModelImpl</code>.
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

	public static MentorAssignment fetchMentorAssignment(
		long mentorAssignmentId) {

		return getService().fetchMentorAssignment(mentorAssignmentId);
	}

	public static MentorAssignment finishAssignment(
			long userId, long mentorAssignmentId, String comment,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().finishAssignment(
			userId, mentorAssignmentId, comment, serviceContext);
	}

	public static com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return getService().getActionableDynamicQuery();
	}

	/**
	 * "My schools": the assignments of a curator, open ones only if asked.
	 */
	public static List<MentorAssignment> getCuratorAssignments(
		long curatorUserId, boolean openOnly) {

		return getService().getCuratorAssignments(curatorUserId, openOnly);
	}

	public static List<MentorAssignment> getGroupAssignments(long groupId) {
		return getService().getGroupAssignments(groupId);
	}

	/**
	 * The site's assignments in one status (a code of AssignmentStatus).
	 */
	public static List<MentorAssignment> getGroupAssignments(
		long groupId, String status) {

		return getService().getGroupAssignments(groupId, status);
	}

	public static
		com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
			getIndexableActionableDynamicQuery() {

		return getService().getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the mentor assignment with the primary key.
	 *
	 * @param mentorAssignmentId the primary key of the mentor assignment
	 * @return the mentor assignment
	 * @throws PortalException if a mentor assignment with the primary key could not be found
	 */
	public static MentorAssignment getMentorAssignment(long mentorAssignmentId)
		throws PortalException {

		return getService().getMentorAssignment(mentorAssignmentId);
	}

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
	public static List<MentorAssignment> getMentorAssignments(
		int start, int end) {

		return getService().getMentorAssignments(start, end);
	}

	/**
	 * Returns the number of mentor assignments.
	 *
	 * @return the number of mentor assignments
	 */
	public static int getMentorAssignmentsCount() {
		return getService().getMentorAssignmentsCount();
	}

	public static List<MentorAssignment> getMentorSchoolAssignments(
		long mentorSchoolId, boolean openOnly) {

		return getService().getMentorSchoolAssignments(
			mentorSchoolId, openOnly);
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
	 * "My mentor": the assignments that support a school.
	 */
	public static List<MentorAssignment> getSupportedSchoolAssignments(
		long supportedSchoolId, boolean openOnly) {

		return getService().getSupportedSchoolAssignments(
			supportedSchoolId, openOnly);
	}

	public static List<MentorAssignment> getTeacherMentorAssignments(
		long teacherMentorUserId, boolean openOnly) {

		return getService().getTeacherMentorAssignments(
			teacherMentorUserId, openOnly);
	}

	/**
	 * The optimal mentor school for each supported school (min-cost
	 * matching of the cost model), with explanations; nothing is
	 * stored. School ids are the decimal schoolIds. A mentor's current load
	 * is raised to its open mentor-school assignments stored in the site.
	 *
	 * @param costModel the weights, or null for the defaults
	 */
	public static ru.opora.mentoring.model.MentorSuggestions suggestAssignments(
			long groupId,
			List<ru.opora.domain.mentoring.SupportedSchoolProfile> profiles,
			List<ru.opora.domain.mentoring.MentorCandidate> candidates,
			ru.opora.domain.mentoring.MentorCostModel costModel)
		throws PortalException {

		return getService().suggestAssignments(
			groupId, profiles, candidates, costModel);
	}

	/**
	 * Updates the parties, period, order and explanation of a proposed or
	 * active assignment; the kind and the status do not change here.
	 */
	public static MentorAssignment updateAssignment(
			long userId, long mentorAssignmentId,
			ru.opora.domain.mentoring.assignment.AssignmentData assignmentData,
			int capacity,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().updateAssignment(
			userId, mentorAssignmentId, assignmentData, capacity,
			serviceContext);
	}

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
	public static MentorAssignment updateMentorAssignment(
		MentorAssignment mentorAssignment) {

		return getService().updateMentorAssignment(mentorAssignment);
	}

	public static MentorAssignmentLocalService getService() {
		return _serviceSnapshot.get();
	}

	private static final Snapshot<MentorAssignmentLocalService>
		_serviceSnapshot = new Snapshot<>(
			MentorAssignmentLocalServiceUtil.class,
			MentorAssignmentLocalService.class);

}