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

import ru.opora.riskprofile.model.RiskProfile;

/**
 * Provides the local service utility for RiskProfile. This utility wraps
 * <code>ru.opora.riskprofile.service.impl.RiskProfileLocalServiceImpl</code> and
 * is an access point for service operations in application layer code running
 * on the local server. Methods of this service will not have security checks
 * based on the propagated JAAS credentials because this service can only be
 * accessed from within the same VM.
 *
 * @author Opora
 * @see RiskProfileLocalService
 * @generated
 */
public class RiskProfileLocalServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>ru.opora.riskprofile.service.impl.RiskProfileLocalServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */

	/**
	 * Adds the risk profile to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect RiskProfileLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param riskProfile the risk profile
	 * @return the risk profile that was added
	 */
	public static RiskProfile addRiskProfile(RiskProfile riskProfile) {
		return getService().addRiskProfile(riskProfile);
	}

	/**
	 * Computes (or recomputes) the profile from the answers collected so far.
	 * Levels the curator has set stay; factors without enough answers are
	 * stored as NOT_ENOUGH_DATA.
	 */
	public static RiskProfile calculateProfile(
			long userId, long schoolId, int year)
		throws PortalException {

		return getService().calculateProfile(userId, schoolId, year);
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
	 * Creates a new risk profile with the primary key. Does not add the risk profile to the database.
	 *
	 * @param riskProfileId the primary key for the new risk profile
	 * @return the new risk profile
	 */
	public static RiskProfile createRiskProfile(long riskProfileId) {
		return getService().createRiskProfile(riskProfileId);
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
	 * Deletes the risk profile with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect RiskProfileLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param riskProfileId the primary key of the risk profile
	 * @return the risk profile that was removed
	 * @throws PortalException if a risk profile with the primary key could not be found
	 */
	public static RiskProfile deleteRiskProfile(long riskProfileId)
		throws PortalException {

		return getService().deleteRiskProfile(riskProfileId);
	}

	/**
	 * Deletes the risk profile from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect RiskProfileLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param riskProfile the risk profile
	 * @return the risk profile that was removed
	 */
	public static RiskProfile deleteRiskProfile(RiskProfile riskProfile) {
		return getService().deleteRiskProfile(riskProfile);
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.riskprofile.model.impl.RiskProfileModelImpl</code>.
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.riskprofile.model.impl.RiskProfileModelImpl</code>.
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

	public static RiskProfile fetchRiskProfile(long riskProfileId) {
		return getService().fetchRiskProfile(riskProfileId);
	}

	public static RiskProfile fetchSchoolProfile(long schoolId, int year) {
		return getService().fetchSchoolProfile(schoolId, year);
	}

	public static com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return getService().getActionableDynamicQuery();
	}

	/**
	 * The levels after verification, by factor code (null = not enough data).
	 */
	public static Map<String, ru.opora.domain.risk.RiskLevel>
		getEffectiveLevels(long riskProfileId) {

		return getService().getEffectiveLevels(riskProfileId);
	}

	public static List<ru.opora.riskprofile.model.RiskFactorLevel>
		getFactorLevels(long riskProfileId) {

		return getService().getFactorLevels(riskProfileId);
	}

	public static List<RiskProfile> getGroupProfiles(long groupId) {
		return getService().getGroupProfiles(groupId);
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

	public static List<String> getPriorities(RiskProfile riskProfile) {
		return getService().getPriorities(riskProfile);
	}

	/**
	 * Returns the risk profile with the primary key.
	 *
	 * @param riskProfileId the primary key of the risk profile
	 * @return the risk profile
	 * @throws PortalException if a risk profile with the primary key could not be found
	 */
	public static RiskProfile getRiskProfile(long riskProfileId)
		throws PortalException {

		return getService().getRiskProfile(riskProfileId);
	}

	/**
	 * Returns a range of all the risk profiles.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.riskprofile.model.impl.RiskProfileModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk profiles
	 * @param end the upper bound of the range of risk profiles (not inclusive)
	 * @return the range of risk profiles
	 */
	public static List<RiskProfile> getRiskProfiles(int start, int end) {
		return getService().getRiskProfiles(start, end);
	}

	/**
	 * Returns the number of risk profiles.
	 *
	 * @return the number of risk profiles
	 */
	public static int getRiskProfilesCount() {
		return getService().getRiskProfilesCount();
	}

	public static List<RiskProfile> getSchoolProfiles(long schoolId) {
		return getService().getSchoolProfiles(schoolId);
	}

	public static List<ru.opora.domain.risk.profile.VerificationEntry>
		getVerificationEntries(long riskProfileId) {

		return getService().getVerificationEntries(riskProfileId);
	}

	public static List<ru.opora.riskprofile.model.RiskVerification>
		getVerifications(long riskProfileId) {

		return getService().getVerifications(riskProfileId);
	}

	/**
	 * The school's choice of factors to work on, within the municipality's
	 * maximum (default 3) and the level rules of the domain.
	 */
	public static RiskProfile updatePriorities(
			long riskProfileId, List<String> factorCodes)
		throws PortalException {

		return getService().updatePriorities(riskProfileId, factorCodes);
	}

	/**
	 * Updates the risk profile in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect RiskProfileLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param riskProfile the risk profile
	 * @return the risk profile that was updated
	 */
	public static RiskProfile updateRiskProfile(RiskProfile riskProfile) {
		return getService().updateRiskProfile(riskProfile);
	}

	/**
	 * A curator's step on a factor: confirm its level or correct it, always
	 * with a comment; kept in the history and notified to the school team.
	 */
	public static ru.opora.riskprofile.model.RiskVerification verifyFactor(
			long userId, long riskProfileId, String factorCode, String action,
			String newLevel, String comment)
		throws PortalException {

		return getService().verifyFactor(
			userId, riskProfileId, factorCode, action, newLevel, comment);
	}

	public static RiskProfileLocalService getService() {
		return _serviceSnapshot.get();
	}

	private static final Snapshot<RiskProfileLocalService> _serviceSnapshot =
		new Snapshot<>(
			RiskProfileLocalServiceUtil.class, RiskProfileLocalService.class);

}