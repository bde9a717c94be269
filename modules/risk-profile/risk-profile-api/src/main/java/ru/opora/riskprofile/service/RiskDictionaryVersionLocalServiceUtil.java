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

import ru.opora.riskprofile.model.RiskDictionaryVersion;

/**
 * Provides the local service utility for RiskDictionaryVersion. This utility wraps
 * <code>ru.opora.riskprofile.service.impl.RiskDictionaryVersionLocalServiceImpl</code> and
 * is an access point for service operations in application layer code running
 * on the local server. Methods of this service will not have security checks
 * based on the propagated JAAS credentials because this service can only be
 * accessed from within the same VM.
 *
 * @author Opora
 * @see RiskDictionaryVersionLocalService
 * @generated
 */
public class RiskDictionaryVersionLocalServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>ru.opora.riskprofile.service.impl.RiskDictionaryVersionLocalServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */

	/**
	 * Stores the default 2021 version if the instance has none yet.
	 */
	public static RiskDictionaryVersion addDefaultVersion(
			long userId, long companyId)
		throws PortalException {

		return getService().addDefaultVersion(userId, companyId);
	}

	/**
	 * Stores a new version from its text form; refuses an invalid one or a second version for a year.
	 */
	public static RiskDictionaryVersion addDictionaryVersion(
			long userId, long companyId, String content)
		throws PortalException {

		return getService().addDictionaryVersion(userId, companyId, content);
	}

	/**
	 * Adds the risk dictionary version to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect RiskDictionaryVersionLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param riskDictionaryVersion the risk dictionary version
	 * @return the risk dictionary version that was added
	 */
	public static RiskDictionaryVersion addRiskDictionaryVersion(
		RiskDictionaryVersion riskDictionaryVersion) {

		return getService().addRiskDictionaryVersion(riskDictionaryVersion);
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
	 * Creates a new risk dictionary version with the primary key. Does not add the risk dictionary version to the database.
	 *
	 * @param riskDictionaryVersionId the primary key for the new risk dictionary version
	 * @return the new risk dictionary version
	 */
	public static RiskDictionaryVersion createRiskDictionaryVersion(
		long riskDictionaryVersionId) {

		return getService().createRiskDictionaryVersion(
			riskDictionaryVersionId);
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
	 * Deletes the risk dictionary version with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect RiskDictionaryVersionLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param riskDictionaryVersionId the primary key of the risk dictionary version
	 * @return the risk dictionary version that was removed
	 * @throws PortalException if a risk dictionary version with the primary key could not be found
	 */
	public static RiskDictionaryVersion deleteRiskDictionaryVersion(
			long riskDictionaryVersionId)
		throws PortalException {

		return getService().deleteRiskDictionaryVersion(
			riskDictionaryVersionId);
	}

	/**
	 * Deletes the risk dictionary version from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect RiskDictionaryVersionLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param riskDictionaryVersion the risk dictionary version
	 * @return the risk dictionary version that was removed
	 */
	public static RiskDictionaryVersion deleteRiskDictionaryVersion(
		RiskDictionaryVersion riskDictionaryVersion) {

		return getService().deleteRiskDictionaryVersion(riskDictionaryVersion);
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.riskprofile.model.impl.RiskDictionaryVersionModelImpl</code>.
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.riskprofile.model.impl.RiskDictionaryVersionModelImpl</code>.
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

	public static RiskDictionaryVersion fetchRiskDictionaryVersion(
		long riskDictionaryVersionId) {

		return getService().fetchRiskDictionaryVersion(riskDictionaryVersionId);
	}

	public static com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return getService().getActionableDynamicQuery();
	}

	public static ru.opora.domain.risk.dictionary.DictionaryCatalog getCatalog(
		long companyId) {

		return getService().getCatalog(companyId);
	}

	public static List<RiskDictionaryVersion> getCompanyVersions(
		long companyId) {

		return getService().getCompanyVersions(companyId);
	}

	public static ru.opora.domain.risk.dictionary.FactorDictionary
			getDictionary(long riskDictionaryVersionId)
		throws PortalException {

		return getService().getDictionary(riskDictionaryVersionId);
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
	 * Returns the risk dictionary version with the primary key.
	 *
	 * @param riskDictionaryVersionId the primary key of the risk dictionary version
	 * @return the risk dictionary version
	 * @throws PortalException if a risk dictionary version with the primary key could not be found
	 */
	public static RiskDictionaryVersion getRiskDictionaryVersion(
			long riskDictionaryVersionId)
		throws PortalException {

		return getService().getRiskDictionaryVersion(riskDictionaryVersionId);
	}

	/**
	 * Returns a range of all the risk dictionary versions.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.riskprofile.model.impl.RiskDictionaryVersionModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of risk dictionary versions
	 * @param end the upper bound of the range of risk dictionary versions (not inclusive)
	 * @return the range of risk dictionary versions
	 */
	public static List<RiskDictionaryVersion> getRiskDictionaryVersions(
		int start, int end) {

		return getService().getRiskDictionaryVersions(start, end);
	}

	/**
	 * Returns the number of risk dictionary versions.
	 *
	 * @return the number of risk dictionary versions
	 */
	public static int getRiskDictionaryVersionsCount() {
		return getService().getRiskDictionaryVersionsCount();
	}

	/**
	 * The version in force in a year (the default one is stored first if
	 * needed); an error if the year is before every version.
	 */
	public static RiskDictionaryVersion getVersionForYear(
			long userId, long companyId, int year)
		throws PortalException {

		return getService().getVersionForYear(userId, companyId, year);
	}

	/**
	 * Updates the risk dictionary version in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect RiskDictionaryVersionLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param riskDictionaryVersion the risk dictionary version
	 * @return the risk dictionary version that was updated
	 */
	public static RiskDictionaryVersion updateRiskDictionaryVersion(
		RiskDictionaryVersion riskDictionaryVersion) {

		return getService().updateRiskDictionaryVersion(riskDictionaryVersion);
	}

	public static RiskDictionaryVersionLocalService getService() {
		return _serviceSnapshot.get();
	}

	private static final Snapshot<RiskDictionaryVersionLocalService>
		_serviceSnapshot = new Snapshot<>(
			RiskDictionaryVersionLocalServiceUtil.class,
			RiskDictionaryVersionLocalService.class);

}