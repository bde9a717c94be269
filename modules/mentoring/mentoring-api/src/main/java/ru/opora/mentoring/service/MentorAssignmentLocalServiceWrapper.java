/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.mentoring.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link MentorAssignmentLocalService}.
 *
 * @author Opora
 * @see MentorAssignmentLocalService
 * @generated
 */
public class MentorAssignmentLocalServiceWrapper
	implements MentorAssignmentLocalService,
			   ServiceWrapper<MentorAssignmentLocalService> {

	public MentorAssignmentLocalServiceWrapper() {
		this(null);
	}

	public MentorAssignmentLocalServiceWrapper(
		MentorAssignmentLocalService mentorAssignmentLocalService) {

		_mentorAssignmentLocalService = mentorAssignmentLocalService;
	}

	/**
	 * Stores chosen suggestions as proposed mentor-school assignments for the
	 * period; all or nothing: any violation (a suggestion's field is prefixed
	 * with "suggestions[i].") stores none.
	 */
	@Override
	public java.util.List<ru.opora.mentoring.model.MentorAssignment>
			acceptSuggestions(
				long userId, long groupId,
				java.util.List<ru.opora.mentoring.model.MentorSuggestion>
					suggestions,
				java.time.LocalDate startDate, java.time.LocalDate endDate,
				int capacity,
				com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _mentorAssignmentLocalService.acceptSuggestions(
			userId, groupId, suggestions, startDate, endDate, capacity,
			serviceContext);
	}

	@Override
	public ru.opora.mentoring.model.MentorAssignment activateAssignment(
			long userId, long mentorAssignmentId, String comment,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _mentorAssignmentLocalService.activateAssignment(
			userId, mentorAssignmentId, comment, serviceContext);
	}

	/**
	 * Adds a proposed assignment; the mentor party may hold at most
	 * capacity open assignments in overlapping periods, this one
	 * included.
	 */
	@Override
	public ru.opora.mentoring.model.MentorAssignment addAssignment(
			long userId, long groupId,
			ru.opora.domain.mentoring.assignment.AssignmentData assignmentData,
			int capacity,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _mentorAssignmentLocalService.addAssignment(
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
	@Override
	public ru.opora.mentoring.model.MentorAssignment addMentorAssignment(
		ru.opora.mentoring.model.MentorAssignment mentorAssignment) {

		return _mentorAssignmentLocalService.addMentorAssignment(
			mentorAssignment);
	}

	/**
	 * Cancels a proposed or active assignment; the reason is required.
	 */
	@Override
	public ru.opora.mentoring.model.MentorAssignment cancelAssignment(
			long userId, long mentorAssignmentId, String reason,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _mentorAssignmentLocalService.cancelAssignment(
			userId, mentorAssignmentId, reason, serviceContext);
	}

	/**
	 * Creates a new mentor assignment with the primary key. Does not add the mentor assignment to the database.
	 *
	 * @param mentorAssignmentId the primary key for the new mentor assignment
	 * @return the new mentor assignment
	 */
	@Override
	public ru.opora.mentoring.model.MentorAssignment createMentorAssignment(
		long mentorAssignmentId) {

		return _mentorAssignmentLocalService.createMentorAssignment(
			mentorAssignmentId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _mentorAssignmentLocalService.createPersistedModel(
			primaryKeyObj);
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
	@Override
	public ru.opora.mentoring.model.MentorAssignment deleteMentorAssignment(
			long mentorAssignmentId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _mentorAssignmentLocalService.deleteMentorAssignment(
			mentorAssignmentId);
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
	@Override
	public ru.opora.mentoring.model.MentorAssignment deleteMentorAssignment(
		ru.opora.mentoring.model.MentorAssignment mentorAssignment) {

		return _mentorAssignmentLocalService.deleteMentorAssignment(
			mentorAssignment);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _mentorAssignmentLocalService.deletePersistedModel(
			persistedModel);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _mentorAssignmentLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _mentorAssignmentLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _mentorAssignmentLocalService.dynamicQuery();
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

		return _mentorAssignmentLocalService.dynamicQuery(dynamicQuery);
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
	@Override
	public <T> java.util.List<T> dynamicQuery(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery, int start,
		int end) {

		return _mentorAssignmentLocalService.dynamicQuery(
			dynamicQuery, start, end);
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
	@Override
	public <T> java.util.List<T> dynamicQuery(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery, int start,
		int end,
		com.liferay.portal.kernel.util.OrderByComparator<T> orderByComparator) {

		return _mentorAssignmentLocalService.dynamicQuery(
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

		return _mentorAssignmentLocalService.dynamicQueryCount(dynamicQuery);
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

		return _mentorAssignmentLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public ru.opora.mentoring.model.MentorAssignment fetchMentorAssignment(
		long mentorAssignmentId) {

		return _mentorAssignmentLocalService.fetchMentorAssignment(
			mentorAssignmentId);
	}

	@Override
	public ru.opora.mentoring.model.MentorAssignment finishAssignment(
			long userId, long mentorAssignmentId, String comment,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _mentorAssignmentLocalService.finishAssignment(
			userId, mentorAssignmentId, comment, serviceContext);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _mentorAssignmentLocalService.getActionableDynamicQuery();
	}

	/**
	 * "My schools": the assignments of a curator, open ones only if asked.
	 */
	@Override
	public java.util.List<ru.opora.mentoring.model.MentorAssignment>
		getCuratorAssignments(long curatorUserId, boolean openOnly) {

		return _mentorAssignmentLocalService.getCuratorAssignments(
			curatorUserId, openOnly);
	}

	@Override
	public java.util.List<ru.opora.mentoring.model.MentorAssignment>
		getGroupAssignments(long groupId) {

		return _mentorAssignmentLocalService.getGroupAssignments(groupId);
	}

	/**
	 * The site's assignments in one status (a code of AssignmentStatus).
	 */
	@Override
	public java.util.List<ru.opora.mentoring.model.MentorAssignment>
		getGroupAssignments(long groupId, String status) {

		return _mentorAssignmentLocalService.getGroupAssignments(
			groupId, status);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _mentorAssignmentLocalService.
			getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the mentor assignment with the primary key.
	 *
	 * @param mentorAssignmentId the primary key of the mentor assignment
	 * @return the mentor assignment
	 * @throws PortalException if a mentor assignment with the primary key could not be found
	 */
	@Override
	public ru.opora.mentoring.model.MentorAssignment getMentorAssignment(
			long mentorAssignmentId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _mentorAssignmentLocalService.getMentorAssignment(
			mentorAssignmentId);
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
	@Override
	public java.util.List<ru.opora.mentoring.model.MentorAssignment>
		getMentorAssignments(int start, int end) {

		return _mentorAssignmentLocalService.getMentorAssignments(start, end);
	}

	/**
	 * Returns the number of mentor assignments.
	 *
	 * @return the number of mentor assignments
	 */
	@Override
	public int getMentorAssignmentsCount() {
		return _mentorAssignmentLocalService.getMentorAssignmentsCount();
	}

	@Override
	public java.util.List<ru.opora.mentoring.model.MentorAssignment>
		getMentorSchoolAssignments(long mentorSchoolId, boolean openOnly) {

		return _mentorAssignmentLocalService.getMentorSchoolAssignments(
			mentorSchoolId, openOnly);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _mentorAssignmentLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _mentorAssignmentLocalService.getPersistedModel(primaryKeyObj);
	}

	/**
	 * "My mentor": the assignments that support a school.
	 */
	@Override
	public java.util.List<ru.opora.mentoring.model.MentorAssignment>
		getSupportedSchoolAssignments(
			long supportedSchoolId, boolean openOnly) {

		return _mentorAssignmentLocalService.getSupportedSchoolAssignments(
			supportedSchoolId, openOnly);
	}

	@Override
	public java.util.List<ru.opora.mentoring.model.MentorAssignment>
		getTeacherMentorAssignments(
			long teacherMentorUserId, boolean openOnly) {

		return _mentorAssignmentLocalService.getTeacherMentorAssignments(
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
	@Override
	public ru.opora.mentoring.model.MentorSuggestions suggestAssignments(
			long groupId,
			java.util.List<ru.opora.domain.mentoring.SupportedSchoolProfile>
				profiles,
			java.util.List<ru.opora.domain.mentoring.MentorCandidate>
				candidates,
			ru.opora.domain.mentoring.MentorCostModel costModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _mentorAssignmentLocalService.suggestAssignments(
			groupId, profiles, candidates, costModel);
	}

	/**
	 * Updates the parties, period, order and explanation of a proposed or
	 * active assignment; the kind and the status do not change here.
	 */
	@Override
	public ru.opora.mentoring.model.MentorAssignment updateAssignment(
			long userId, long mentorAssignmentId,
			ru.opora.domain.mentoring.assignment.AssignmentData assignmentData,
			int capacity,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _mentorAssignmentLocalService.updateAssignment(
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
	@Override
	public ru.opora.mentoring.model.MentorAssignment updateMentorAssignment(
		ru.opora.mentoring.model.MentorAssignment mentorAssignment) {

		return _mentorAssignmentLocalService.updateMentorAssignment(
			mentorAssignment);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _mentorAssignmentLocalService.getBasePersistence();
	}

	@Override
	public MentorAssignmentLocalService getWrappedService() {
		return _mentorAssignmentLocalService;
	}

	@Override
	public void setWrappedService(
		MentorAssignmentLocalService mentorAssignmentLocalService) {

		_mentorAssignmentLocalService = mentorAssignmentLocalService;
	}

	private MentorAssignmentLocalService _mentorAssignmentLocalService;

}