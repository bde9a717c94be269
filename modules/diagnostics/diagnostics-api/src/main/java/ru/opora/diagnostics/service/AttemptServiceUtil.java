/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.diagnostics.service;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.module.service.Snapshot;

import java.util.List;
import java.util.Map;

import ru.opora.diagnostics.model.Attempt;

/**
 * Provides the remote service utility for Attempt. This utility wraps
 * <code>ru.opora.diagnostics.service.impl.AttemptServiceImpl</code> and is an
 * access point for service operations in application layer code running on a
 * remote server. Methods of this service are expected to have security checks
 * based on the propagated JAAS credentials because this service can be
 * accessed remotely.
 *
 * @author Opora
 * @see AttemptService
 * @generated
 */
public class AttemptServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>ru.opora.diagnostics.service.impl.AttemptServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */

	/**
	 * The figures of one municipality site.
	 */
	public static ru.opora.domain.diagnostics.Aggregates getAggregates(
			long groupId)
		throws PortalException {

		return getService().getAggregates(groupId);
	}

	/**
	 * A teacher's attempt (status, dates, answers): individual data, audited.
	 */
	public static Attempt getAttempt(long attemptId) throws PortalException {
		return getService().getAttempt(attemptId);
	}

	/**
	 * Competence names of a bank version of the caller's company: any signed-in user.
	 */
	public static Map<String, String> getCompetenceNames(int bankVersion)
		throws PortalException {

		return getService().getCompetenceNames(bankVersion);
	}

	/**
	 * The items to answer: only the teacher, only while the attempt is in progress (no keys).
	 */
	public static List<ru.opora.diagnostics.model.ItemView> getItemViews(
			long attemptId)
		throws PortalException {

		return getService().getItemViews(attemptId);
	}

	/**
	 * The signed-in teacher's own attempts.
	 */
	public static List<Attempt> getMyAttempts() throws PortalException {
		return getService().getMyAttempts();
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
	 * The figures of every site of the region: regional coordinators only.
	 */
	public static ru.opora.domain.diagnostics.Aggregates getRegionAggregates(
			long[] groupIds)
		throws PortalException {

		return getService().getRegionAggregates(groupIds);
	}

	/**
	 * Results per competence of an attempt: individual data, audited.
	 */
	public static ru.opora.domain.diagnostics.DiagnosticResult getResult(
			long attemptId)
		throws PortalException {

		return getService().getResult(attemptId);
	}

	/**
	 * The attempts of a school's teachers that the caller may see (leaders of
	 * the school; coordinators only where allowed): each is audited; anyone
	 * else gets an exception, not an empty list.
	 */
	public static List<Attempt> getSchoolAttempts(long schoolId)
		throws PortalException {

		return getService().getSchoolAttempts(schoolId);
	}

	public static long getSecondsLeft(long attemptId) throws PortalException {
		return getService().getSecondsLeft(attemptId);
	}

	/**
	 * A teacher's attempts, if the caller may see that teacher's data; audited.
	 */
	public static List<Attempt> getTeacherAttempts(long teacherUserId)
		throws PortalException {

		return getService().getTeacherAttempts(teacherUserId);
	}

	public static ru.opora.diagnostics.model.Consent giveConsent()
		throws PortalException {

		return getService().giveConsent();
	}

	public static boolean hasConsent() throws PortalException {
		return getService().hasConsent();
	}

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
	public static ru.opora.domain.diagnostics.ResultsSheet.Report
			importExternalResults(long groupId, List<List<String>> rows)
		throws PortalException {

		return getService().importExternalResults(groupId, rows);
	}

	public static Attempt saveAnswers(
			long attemptId, Map<String, String> answers)
		throws PortalException {

		return getService().saveAnswers(attemptId, answers);
	}

	public static Attempt startAttempt(long attemptId) throws PortalException {
		return getService().startAttempt(attemptId);
	}

	public static Attempt submitAttempt(long attemptId) throws PortalException {
		return getService().submitAttempt(attemptId);
	}

	public static AttemptService getService() {
		return _serviceSnapshot.get();
	}

	private static final Snapshot<AttemptService> _serviceSnapshot =
		new Snapshot<>(AttemptServiceUtil.class, AttemptService.class);

}