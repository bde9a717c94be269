/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.riskprofile.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link RiskProfileLocalService}.
 *
 * @author Opora
 * @see RiskProfileLocalService
 * @generated
 */
public class RiskProfileLocalServiceWrapper
	implements RiskProfileLocalService,
			   ServiceWrapper<RiskProfileLocalService> {

	public RiskProfileLocalServiceWrapper() {
		this(null);
	}

	public RiskProfileLocalServiceWrapper(
		RiskProfileLocalService riskProfileLocalService) {

		_riskProfileLocalService = riskProfileLocalService;
	}

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
	@Override
	public ru.opora.riskprofile.model.RiskProfile addRiskProfile(
		ru.opora.riskprofile.model.RiskProfile riskProfile) {

		return _riskProfileLocalService.addRiskProfile(riskProfile);
	}

	/**
	 * Computes (or recomputes) the profile from the answers collected so far.
	 * Levels the curator has set stay; factors without enough answers are
	 * stored as NOT_ENOUGH_DATA.
	 */
	@Override
	public ru.opora.riskprofile.model.RiskProfile calculateProfile(
			long userId, long schoolId, int year)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskProfileLocalService.calculateProfile(
			userId, schoolId, year);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskProfileLocalService.createPersistedModel(primaryKeyObj);
	}

	/**
	 * Creates a new risk profile with the primary key. Does not add the risk profile to the database.
	 *
	 * @param riskProfileId the primary key for the new risk profile
	 * @return the new risk profile
	 */
	@Override
	public ru.opora.riskprofile.model.RiskProfile createRiskProfile(
		long riskProfileId) {

		return _riskProfileLocalService.createRiskProfile(riskProfileId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskProfileLocalService.deletePersistedModel(persistedModel);
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
	@Override
	public ru.opora.riskprofile.model.RiskProfile deleteRiskProfile(
			long riskProfileId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskProfileLocalService.deleteRiskProfile(riskProfileId);
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
	@Override
	public ru.opora.riskprofile.model.RiskProfile deleteRiskProfile(
		ru.opora.riskprofile.model.RiskProfile riskProfile) {

		return _riskProfileLocalService.deleteRiskProfile(riskProfile);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _riskProfileLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _riskProfileLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _riskProfileLocalService.dynamicQuery();
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

		return _riskProfileLocalService.dynamicQuery(dynamicQuery);
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
	@Override
	public <T> java.util.List<T> dynamicQuery(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery, int start,
		int end) {

		return _riskProfileLocalService.dynamicQuery(dynamicQuery, start, end);
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
	@Override
	public <T> java.util.List<T> dynamicQuery(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery, int start,
		int end,
		com.liferay.portal.kernel.util.OrderByComparator<T> orderByComparator) {

		return _riskProfileLocalService.dynamicQuery(
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

		return _riskProfileLocalService.dynamicQueryCount(dynamicQuery);
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

		return _riskProfileLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public ru.opora.riskprofile.model.RiskProfile fetchRiskProfile(
		long riskProfileId) {

		return _riskProfileLocalService.fetchRiskProfile(riskProfileId);
	}

	@Override
	public ru.opora.riskprofile.model.RiskProfile fetchSchoolProfile(
		long schoolId, int year) {

		return _riskProfileLocalService.fetchSchoolProfile(schoolId, year);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _riskProfileLocalService.getActionableDynamicQuery();
	}

	/**
	 * The levels after verification, by factor code (null = not enough data).
	 */
	@Override
	public java.util.Map<String, ru.opora.domain.risk.RiskLevel>
		getEffectiveLevels(long riskProfileId) {

		return _riskProfileLocalService.getEffectiveLevels(riskProfileId);
	}

	@Override
	public java.util.List<ru.opora.riskprofile.model.RiskFactorLevel>
		getFactorLevels(long riskProfileId) {

		return _riskProfileLocalService.getFactorLevels(riskProfileId);
	}

	@Override
	public java.util.List<ru.opora.riskprofile.model.RiskProfile>
		getGroupProfiles(long groupId) {

		return _riskProfileLocalService.getGroupProfiles(groupId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _riskProfileLocalService.getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _riskProfileLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskProfileLocalService.getPersistedModel(primaryKeyObj);
	}

	@Override
	public java.util.List<String> getPriorities(
		ru.opora.riskprofile.model.RiskProfile riskProfile) {

		return _riskProfileLocalService.getPriorities(riskProfile);
	}

	/**
	 * Returns the risk profile with the primary key.
	 *
	 * @param riskProfileId the primary key of the risk profile
	 * @return the risk profile
	 * @throws PortalException if a risk profile with the primary key could not be found
	 */
	@Override
	public ru.opora.riskprofile.model.RiskProfile getRiskProfile(
			long riskProfileId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskProfileLocalService.getRiskProfile(riskProfileId);
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
	@Override
	public java.util.List<ru.opora.riskprofile.model.RiskProfile>
		getRiskProfiles(int start, int end) {

		return _riskProfileLocalService.getRiskProfiles(start, end);
	}

	/**
	 * Returns the number of risk profiles.
	 *
	 * @return the number of risk profiles
	 */
	@Override
	public int getRiskProfilesCount() {
		return _riskProfileLocalService.getRiskProfilesCount();
	}

	@Override
	public java.util.List<ru.opora.riskprofile.model.RiskProfile>
		getSchoolProfiles(long schoolId) {

		return _riskProfileLocalService.getSchoolProfiles(schoolId);
	}

	@Override
	public java.util.List<ru.opora.domain.risk.profile.VerificationEntry>
		getVerificationEntries(long riskProfileId) {

		return _riskProfileLocalService.getVerificationEntries(riskProfileId);
	}

	@Override
	public java.util.List<ru.opora.riskprofile.model.RiskVerification>
		getVerifications(long riskProfileId) {

		return _riskProfileLocalService.getVerifications(riskProfileId);
	}

	/**
	 * The school's choice of factors to work on, within the municipality's
	 * maximum (default 3) and the level rules of the domain.
	 */
	@Override
	public ru.opora.riskprofile.model.RiskProfile updatePriorities(
			long riskProfileId, java.util.List<String> factorCodes)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskProfileLocalService.updatePriorities(
			riskProfileId, factorCodes);
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
	@Override
	public ru.opora.riskprofile.model.RiskProfile updateRiskProfile(
		ru.opora.riskprofile.model.RiskProfile riskProfile) {

		return _riskProfileLocalService.updateRiskProfile(riskProfile);
	}

	/**
	 * A curator's step on a factor: confirm its level or correct it, always
	 * with a comment; kept in the history and notified to the school team.
	 */
	@Override
	public ru.opora.riskprofile.model.RiskVerification verifyFactor(
			long userId, long riskProfileId, String factorCode, String action,
			String newLevel, String comment)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskProfileLocalService.verifyFactor(
			userId, riskProfileId, factorCode, action, newLevel, comment);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _riskProfileLocalService.getBasePersistence();
	}

	@Override
	public RiskProfileLocalService getWrappedService() {
		return _riskProfileLocalService;
	}

	@Override
	public void setWrappedService(
		RiskProfileLocalService riskProfileLocalService) {

		_riskProfileLocalService = riskProfileLocalService;
	}

	private RiskProfileLocalService _riskProfileLocalService;

}