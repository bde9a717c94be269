/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.riskprofile.service.http;

import com.liferay.portal.kernel.log.Log;
import com.liferay.portal.kernel.log.LogFactoryUtil;
import com.liferay.portal.kernel.security.auth.HttpPrincipal;
import com.liferay.portal.kernel.service.http.TunnelUtil;
import com.liferay.portal.kernel.util.MethodHandler;
import com.liferay.portal.kernel.util.MethodKey;

import ru.opora.riskprofile.service.RiskDocumentServiceUtil;

/**
 * Provides the HTTP utility for the
 * <code>RiskDocumentServiceUtil</code> service
 * utility. The
 * static methods of this class calls the same methods of the service utility.
 * However, the signatures are different because it requires an additional
 * <code>HttpPrincipal</code> parameter.
 *
 * <p>
 * The benefits of using the HTTP utility is that it is fast and allows for
 * tunneling without the cost of serializing to text. The drawback is that it
 * only works with Java.
 * </p>
 *
 * <p>
 * Set the property <b>tunnel.servlet.hosts.allowed</b> in portal.properties to
 * configure security.
 * </p>
 *
 * <p>
 * The HTTP utility is only generated for remote services.
 * </p>
 *
 * @author Opora
 * @generated
 */
public class RiskDocumentServiceHttp {

	public static com.liferay.portal.kernel.repository.model.FileEntry
			addAttachment(
				HttpPrincipal httpPrincipal, long riskDocumentId,
				String fileName, String mimeType, byte[] bytes)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				RiskDocumentServiceUtil.class, "addAttachment",
				_addAttachmentParameterTypes0);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, riskDocumentId, fileName, mimeType, bytes);

			Object returnObj = null;

			try {
				returnObj = TunnelUtil.invoke(httpPrincipal, methodHandler);
			}
			catch (Exception exception) {
				if (exception instanceof
						com.liferay.portal.kernel.exception.PortalException) {

					throw (com.liferay.portal.kernel.exception.PortalException)
						exception;
				}

				throw new com.liferay.portal.kernel.exception.SystemException(
					exception);
			}

			return (com.liferay.portal.kernel.repository.model.FileEntry)
				returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static com.liferay.portal.kernel.repository.model.FileEntry
			getAttachment(
				HttpPrincipal httpPrincipal, long riskDocumentId,
				long fileEntryId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				RiskDocumentServiceUtil.class, "getAttachment",
				_getAttachmentParameterTypes1);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, riskDocumentId, fileEntryId);

			Object returnObj = null;

			try {
				returnObj = TunnelUtil.invoke(httpPrincipal, methodHandler);
			}
			catch (Exception exception) {
				if (exception instanceof
						com.liferay.portal.kernel.exception.PortalException) {

					throw (com.liferay.portal.kernel.exception.PortalException)
						exception;
				}

				throw new com.liferay.portal.kernel.exception.SystemException(
					exception);
			}

			return (com.liferay.portal.kernel.repository.model.FileEntry)
				returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.List
		<com.liferay.portal.kernel.repository.model.FileEntry> getAttachments(
				HttpPrincipal httpPrincipal, long riskDocumentId)
			throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				RiskDocumentServiceUtil.class, "getAttachments",
				_getAttachmentsParameterTypes2);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, riskDocumentId);

			Object returnObj = null;

			try {
				returnObj = TunnelUtil.invoke(httpPrincipal, methodHandler);
			}
			catch (Exception exception) {
				if (exception instanceof
						com.liferay.portal.kernel.exception.PortalException) {

					throw (com.liferay.portal.kernel.exception.PortalException)
						exception;
				}

				throw new com.liferay.portal.kernel.exception.SystemException(
					exception);
			}

			return (java.util.List
				<com.liferay.portal.kernel.repository.model.FileEntry>)
					returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.riskprofile.model.RiskReviewComment addComment(
			HttpPrincipal httpPrincipal, long riskDocumentId, String section,
			String comment)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				RiskDocumentServiceUtil.class, "addComment",
				_addCommentParameterTypes3);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, riskDocumentId, section, comment);

			Object returnObj = null;

			try {
				returnObj = TunnelUtil.invoke(httpPrincipal, methodHandler);
			}
			catch (Exception exception) {
				if (exception instanceof
						com.liferay.portal.kernel.exception.PortalException) {

					throw (com.liferay.portal.kernel.exception.PortalException)
						exception;
				}

				throw new com.liferay.portal.kernel.exception.SystemException(
					exception);
			}

			return (ru.opora.riskprofile.model.RiskReviewComment)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.riskprofile.model.RiskDocument addDocument(
			HttpPrincipal httpPrincipal, long schoolId, int year,
			String documentType, String factorCode,
			java.time.LocalDate periodStart, java.time.LocalDate periodEnd)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				RiskDocumentServiceUtil.class, "addDocument",
				_addDocumentParameterTypes4);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, schoolId, year, documentType, factorCode,
				periodStart, periodEnd);

			Object returnObj = null;

			try {
				returnObj = TunnelUtil.invoke(httpPrincipal, methodHandler);
			}
			catch (Exception exception) {
				if (exception instanceof
						com.liferay.portal.kernel.exception.PortalException) {

					throw (com.liferay.portal.kernel.exception.PortalException)
						exception;
				}

				throw new com.liferay.portal.kernel.exception.SystemException(
					exception);
			}

			return (ru.opora.riskprofile.model.RiskDocument)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.List<ru.opora.riskprofile.model.RiskReviewComment>
			getComments(HttpPrincipal httpPrincipal, long riskDocumentId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				RiskDocumentServiceUtil.class, "getComments",
				_getCommentsParameterTypes5);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, riskDocumentId);

			Object returnObj = null;

			try {
				returnObj = TunnelUtil.invoke(httpPrincipal, methodHandler);
			}
			catch (Exception exception) {
				if (exception instanceof
						com.liferay.portal.kernel.exception.PortalException) {

					throw (com.liferay.portal.kernel.exception.PortalException)
						exception;
				}

				throw new com.liferay.portal.kernel.exception.SystemException(
					exception);
			}

			return (java.util.List
				<ru.opora.riskprofile.model.RiskReviewComment>)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.domain.risk.programme.ProgrammeContent getContent(
			HttpPrincipal httpPrincipal, long riskDocumentId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				RiskDocumentServiceUtil.class, "getContent",
				_getContentParameterTypes6);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, riskDocumentId);

			Object returnObj = null;

			try {
				returnObj = TunnelUtil.invoke(httpPrincipal, methodHandler);
			}
			catch (Exception exception) {
				if (exception instanceof
						com.liferay.portal.kernel.exception.PortalException) {

					throw (com.liferay.portal.kernel.exception.PortalException)
						exception;
				}

				throw new com.liferay.portal.kernel.exception.SystemException(
					exception);
			}

			return (ru.opora.domain.risk.programme.ProgrammeContent)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.riskprofile.model.RiskDocument getDocument(
			HttpPrincipal httpPrincipal, long riskDocumentId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				RiskDocumentServiceUtil.class, "getDocument",
				_getDocumentParameterTypes7);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, riskDocumentId);

			Object returnObj = null;

			try {
				returnObj = TunnelUtil.invoke(httpPrincipal, methodHandler);
			}
			catch (Exception exception) {
				if (exception instanceof
						com.liferay.portal.kernel.exception.PortalException) {

					throw (com.liferay.portal.kernel.exception.PortalException)
						exception;
				}

				throw new com.liferay.portal.kernel.exception.SystemException(
					exception);
			}

			return (ru.opora.riskprofile.model.RiskDocument)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.List<ru.opora.riskprofile.model.RiskDocument>
			getGroupDocuments(HttpPrincipal httpPrincipal, long groupId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				RiskDocumentServiceUtil.class, "getGroupDocuments",
				_getGroupDocumentsParameterTypes8);

			MethodHandler methodHandler = new MethodHandler(methodKey, groupId);

			Object returnObj = null;

			try {
				returnObj = TunnelUtil.invoke(httpPrincipal, methodHandler);
			}
			catch (Exception exception) {
				if (exception instanceof
						com.liferay.portal.kernel.exception.PortalException) {

					throw (com.liferay.portal.kernel.exception.PortalException)
						exception;
				}

				throw new com.liferay.portal.kernel.exception.SystemException(
					exception);
			}

			return (java.util.List<ru.opora.riskprofile.model.RiskDocument>)
				returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.List<ru.opora.riskprofile.model.RiskMeasure>
			getMeasures(HttpPrincipal httpPrincipal, long riskDocumentId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				RiskDocumentServiceUtil.class, "getMeasures",
				_getMeasuresParameterTypes9);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, riskDocumentId);

			Object returnObj = null;

			try {
				returnObj = TunnelUtil.invoke(httpPrincipal, methodHandler);
			}
			catch (Exception exception) {
				if (exception instanceof
						com.liferay.portal.kernel.exception.PortalException) {

					throw (com.liferay.portal.kernel.exception.PortalException)
						exception;
				}

				throw new com.liferay.portal.kernel.exception.SystemException(
					exception);
			}

			return (java.util.List<ru.opora.riskprofile.model.RiskMeasure>)
				returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.domain.risk.monitoring.TrackStatus
			getMonitoringStatus(
				HttpPrincipal httpPrincipal, long riskDocumentId,
				java.time.LocalDate today)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				RiskDocumentServiceUtil.class, "getMonitoringStatus",
				_getMonitoringStatusParameterTypes10);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, riskDocumentId, today);

			Object returnObj = null;

			try {
				returnObj = TunnelUtil.invoke(httpPrincipal, methodHandler);
			}
			catch (Exception exception) {
				if (exception instanceof
						com.liferay.portal.kernel.exception.PortalException) {

					throw (com.liferay.portal.kernel.exception.PortalException)
						exception;
				}

				throw new com.liferay.portal.kernel.exception.SystemException(
					exception);
			}

			return (ru.opora.domain.risk.monitoring.TrackStatus)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.List<ru.opora.riskprofile.model.RiskDocument>
			getSchoolDocuments(
				HttpPrincipal httpPrincipal, long schoolId, int year)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				RiskDocumentServiceUtil.class, "getSchoolDocuments",
				_getSchoolDocumentsParameterTypes11);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, schoolId, year);

			Object returnObj = null;

			try {
				returnObj = TunnelUtil.invoke(httpPrincipal, methodHandler);
			}
			catch (Exception exception) {
				if (exception instanceof
						com.liferay.portal.kernel.exception.PortalException) {

					throw (com.liferay.portal.kernel.exception.PortalException)
						exception;
				}

				throw new com.liferay.portal.kernel.exception.SystemException(
					exception);
			}

			return (java.util.List<ru.opora.riskprofile.model.RiskDocument>)
				returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.domain.risk.monitoring.TrackStatus
			getSchoolMonitoringStatus(
				HttpPrincipal httpPrincipal, long schoolId, int year,
				java.time.LocalDate today)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				RiskDocumentServiceUtil.class, "getSchoolMonitoringStatus",
				_getSchoolMonitoringStatusParameterTypes12);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, schoolId, year, today);

			Object returnObj = null;

			try {
				returnObj = TunnelUtil.invoke(httpPrincipal, methodHandler);
			}
			catch (Exception exception) {
				if (exception instanceof
						com.liferay.portal.kernel.exception.PortalException) {

					throw (com.liferay.portal.kernel.exception.PortalException)
						exception;
				}

				throw new com.liferay.portal.kernel.exception.SystemException(
					exception);
			}

			return (ru.opora.domain.risk.monitoring.TrackStatus)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.List
		<ru.opora.riskprofile.model.RiskDocumentSnapshot> getSnapshots(
				HttpPrincipal httpPrincipal, long riskDocumentId)
			throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				RiskDocumentServiceUtil.class, "getSnapshots",
				_getSnapshotsParameterTypes13);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, riskDocumentId);

			Object returnObj = null;

			try {
				returnObj = TunnelUtil.invoke(httpPrincipal, methodHandler);
			}
			catch (Exception exception) {
				if (exception instanceof
						com.liferay.portal.kernel.exception.PortalException) {

					throw (com.liferay.portal.kernel.exception.PortalException)
						exception;
				}

				throw new com.liferay.portal.kernel.exception.SystemException(
					exception);
			}

			return (java.util.List
				<ru.opora.riskprofile.model.RiskDocumentSnapshot>)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.riskprofile.model.RiskDocument review(
			HttpPrincipal httpPrincipal, long riskDocumentId, String action)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				RiskDocumentServiceUtil.class, "review",
				_reviewParameterTypes14);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, riskDocumentId, action);

			Object returnObj = null;

			try {
				returnObj = TunnelUtil.invoke(httpPrincipal, methodHandler);
			}
			catch (Exception exception) {
				if (exception instanceof
						com.liferay.portal.kernel.exception.PortalException) {

					throw (com.liferay.portal.kernel.exception.PortalException)
						exception;
				}

				throw new com.liferay.portal.kernel.exception.SystemException(
					exception);
			}

			return (ru.opora.riskprofile.model.RiskDocument)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.riskprofile.model.RiskDocument updateContent(
			HttpPrincipal httpPrincipal, long riskDocumentId, String goal,
			java.util.List<String> tasks,
			java.util.List<ru.opora.domain.risk.programme.MeasureData> measures,
			String expectedResult)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				RiskDocumentServiceUtil.class, "updateContent",
				_updateContentParameterTypes15);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, riskDocumentId, goal, tasks, measures,
				expectedResult);

			Object returnObj = null;

			try {
				returnObj = TunnelUtil.invoke(httpPrincipal, methodHandler);
			}
			catch (Exception exception) {
				if (exception instanceof
						com.liferay.portal.kernel.exception.PortalException) {

					throw (com.liferay.portal.kernel.exception.PortalException)
						exception;
				}

				throw new com.liferay.portal.kernel.exception.SystemException(
					exception);
			}

			return (ru.opora.riskprofile.model.RiskDocument)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.riskprofile.model.RiskMeasure updateMeasureProgress(
			HttpPrincipal httpPrincipal, long riskMeasureId,
			java.time.LocalDate doneDate, boolean notDone, Double interimValue,
			Double finalValue, java.time.LocalDate today)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				RiskDocumentServiceUtil.class, "updateMeasureProgress",
				_updateMeasureProgressParameterTypes16);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, riskMeasureId, doneDate, notDone, interimValue,
				finalValue, today);

			Object returnObj = null;

			try {
				returnObj = TunnelUtil.invoke(httpPrincipal, methodHandler);
			}
			catch (Exception exception) {
				if (exception instanceof
						com.liferay.portal.kernel.exception.PortalException) {

					throw (com.liferay.portal.kernel.exception.PortalException)
						exception;
				}

				throw new com.liferay.portal.kernel.exception.SystemException(
					exception);
			}

			return (ru.opora.riskprofile.model.RiskMeasure)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	private static Log _log = LogFactoryUtil.getLog(
		RiskDocumentServiceHttp.class);

	private static final Class<?>[] _addAttachmentParameterTypes0 =
		new Class[] {long.class, String.class, String.class, byte[].class};
	private static final Class<?>[] _getAttachmentParameterTypes1 =
		new Class[] {long.class, long.class};
	private static final Class<?>[] _getAttachmentsParameterTypes2 =
		new Class[] {long.class};
	private static final Class<?>[] _addCommentParameterTypes3 = new Class[] {
		long.class, String.class, String.class
	};
	private static final Class<?>[] _addDocumentParameterTypes4 = new Class[] {
		long.class, int.class, String.class, String.class,
		java.time.LocalDate.class, java.time.LocalDate.class
	};
	private static final Class<?>[] _getCommentsParameterTypes5 = new Class[] {
		long.class
	};
	private static final Class<?>[] _getContentParameterTypes6 = new Class[] {
		long.class
	};
	private static final Class<?>[] _getDocumentParameterTypes7 = new Class[] {
		long.class
	};
	private static final Class<?>[] _getGroupDocumentsParameterTypes8 =
		new Class[] {long.class};
	private static final Class<?>[] _getMeasuresParameterTypes9 = new Class[] {
		long.class
	};
	private static final Class<?>[] _getMonitoringStatusParameterTypes10 =
		new Class[] {long.class, java.time.LocalDate.class};
	private static final Class<?>[] _getSchoolDocumentsParameterTypes11 =
		new Class[] {long.class, int.class};
	private static final Class<?>[] _getSchoolMonitoringStatusParameterTypes12 =
		new Class[] {long.class, int.class, java.time.LocalDate.class};
	private static final Class<?>[] _getSnapshotsParameterTypes13 =
		new Class[] {long.class};
	private static final Class<?>[] _reviewParameterTypes14 = new Class[] {
		long.class, String.class
	};
	private static final Class<?>[] _updateContentParameterTypes15 =
		new Class[] {
			long.class, String.class, java.util.List.class,
			java.util.List.class, String.class
		};
	private static final Class<?>[] _updateMeasureProgressParameterTypes16 =
		new Class[] {
			long.class, java.time.LocalDate.class, boolean.class, Double.class,
			Double.class, java.time.LocalDate.class
		};

}