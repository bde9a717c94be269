/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.mentoring.service.http;

import com.liferay.portal.kernel.log.Log;
import com.liferay.portal.kernel.log.LogFactoryUtil;
import com.liferay.portal.kernel.security.auth.HttpPrincipal;
import com.liferay.portal.kernel.service.http.TunnelUtil;
import com.liferay.portal.kernel.util.MethodHandler;
import com.liferay.portal.kernel.util.MethodKey;

import ru.opora.mentoring.service.SupportEventServiceUtil;

/**
 * Provides the HTTP utility for the
 * <code>SupportEventServiceUtil</code> service
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
public class SupportEventServiceHttp {

	public static ru.opora.mentoring.model.SupportEvent addSupportEvent(
			HttpPrincipal httpPrincipal, long mentorAssignmentId,
			ru.opora.domain.mentoring.assignment.SupportEventData
				supportEventData,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				SupportEventServiceUtil.class, "addSupportEvent",
				_addSupportEventParameterTypes0);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, mentorAssignmentId, supportEventData,
				serviceContext);

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

			return (ru.opora.mentoring.model.SupportEvent)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.mentoring.model.SupportEvent deleteSupportEvent(
			HttpPrincipal httpPrincipal, long supportEventId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				SupportEventServiceUtil.class, "deleteSupportEvent",
				_deleteSupportEventParameterTypes1);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, supportEventId);

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

			return (ru.opora.mentoring.model.SupportEvent)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.List<ru.opora.mentoring.model.SupportEvent>
			getAssignmentSupportEvents(
				HttpPrincipal httpPrincipal, long mentorAssignmentId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				SupportEventServiceUtil.class, "getAssignmentSupportEvents",
				_getAssignmentSupportEventsParameterTypes2);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, mentorAssignmentId);

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

			return (java.util.List<ru.opora.mentoring.model.SupportEvent>)
				returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.List<ru.opora.mentoring.model.SupportEvent>
			getGroupCalendar(
				HttpPrincipal httpPrincipal, long groupId,
				java.time.LocalDate from, java.time.LocalDate to)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				SupportEventServiceUtil.class, "getGroupCalendar",
				_getGroupCalendarParameterTypes3);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, groupId, from, to);

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

			return (java.util.List<ru.opora.mentoring.model.SupportEvent>)
				returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.List<ru.opora.mentoring.model.SupportEvent>
			getGroupOverdueSupportEvents(
				HttpPrincipal httpPrincipal, long groupId,
				java.time.LocalDate today, int graceDays)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				SupportEventServiceUtil.class, "getGroupOverdueSupportEvents",
				_getGroupOverdueSupportEventsParameterTypes4);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, groupId, today, graceDays);

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

			return (java.util.List<ru.opora.mentoring.model.SupportEvent>)
				returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.List<ru.opora.mentoring.model.SupportEvent>
			getMyCuratorCalendar(
				HttpPrincipal httpPrincipal, java.time.LocalDate from,
				java.time.LocalDate to)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				SupportEventServiceUtil.class, "getMyCuratorCalendar",
				_getMyCuratorCalendarParameterTypes5);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, from, to);

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

			return (java.util.List<ru.opora.mentoring.model.SupportEvent>)
				returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.List<ru.opora.mentoring.model.SupportEvent>
			getMyCuratorOverdueSupportEvents(
				HttpPrincipal httpPrincipal, java.time.LocalDate today,
				int graceDays)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				SupportEventServiceUtil.class,
				"getMyCuratorOverdueSupportEvents",
				_getMyCuratorOverdueSupportEventsParameterTypes6);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, today, graceDays);

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

			return (java.util.List<ru.opora.mentoring.model.SupportEvent>)
				returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.mentoring.model.SupportEvent getSupportEvent(
			HttpPrincipal httpPrincipal, long supportEventId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				SupportEventServiceUtil.class, "getSupportEvent",
				_getSupportEventParameterTypes7);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, supportEventId);

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

			return (ru.opora.mentoring.model.SupportEvent)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.mentoring.model.SupportEvent reportSupportEvent(
			HttpPrincipal httpPrincipal, long supportEventId, String status,
			String outcome, long reportFolderId, java.time.LocalDate reportDate,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				SupportEventServiceUtil.class, "reportSupportEvent",
				_reportSupportEventParameterTypes8);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, supportEventId, status, outcome, reportFolderId,
				reportDate, serviceContext);

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

			return (ru.opora.mentoring.model.SupportEvent)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.mentoring.model.SupportEvent
			updateSupportEventMaterials(
				HttpPrincipal httpPrincipal, long supportEventId,
				long[] fileEntryIds,
				com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				SupportEventServiceUtil.class, "updateSupportEventMaterials",
				_updateSupportEventMaterialsParameterTypes9);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, supportEventId, fileEntryIds, serviceContext);

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

			return (ru.opora.mentoring.model.SupportEvent)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.mentoring.model.SupportEvent updateSupportEvent(
			HttpPrincipal httpPrincipal, long supportEventId,
			ru.opora.domain.mentoring.assignment.SupportEventData
				supportEventData,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				SupportEventServiceUtil.class, "updateSupportEvent",
				_updateSupportEventParameterTypes10);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, supportEventId, supportEventData, serviceContext);

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

			return (ru.opora.mentoring.model.SupportEvent)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	private static Log _log = LogFactoryUtil.getLog(
		SupportEventServiceHttp.class);

	private static final Class<?>[] _addSupportEventParameterTypes0 =
		new Class[] {
			long.class,
			ru.opora.domain.mentoring.assignment.SupportEventData.class,
			com.liferay.portal.kernel.service.ServiceContext.class
		};
	private static final Class<?>[] _deleteSupportEventParameterTypes1 =
		new Class[] {long.class};
	private static final Class<?>[] _getAssignmentSupportEventsParameterTypes2 =
		new Class[] {long.class};
	private static final Class<?>[] _getGroupCalendarParameterTypes3 =
		new Class[] {
			long.class, java.time.LocalDate.class, java.time.LocalDate.class
		};
	private static final Class<?>[]
		_getGroupOverdueSupportEventsParameterTypes4 = new Class[] {
			long.class, java.time.LocalDate.class, int.class
		};
	private static final Class<?>[] _getMyCuratorCalendarParameterTypes5 =
		new Class[] {java.time.LocalDate.class, java.time.LocalDate.class};
	private static final Class<?>[]
		_getMyCuratorOverdueSupportEventsParameterTypes6 = new Class[] {
			java.time.LocalDate.class, int.class
		};
	private static final Class<?>[] _getSupportEventParameterTypes7 =
		new Class[] {long.class};
	private static final Class<?>[] _reportSupportEventParameterTypes8 =
		new Class[] {
			long.class, String.class, String.class, long.class,
			java.time.LocalDate.class,
			com.liferay.portal.kernel.service.ServiceContext.class
		};
	private static final Class<?>[]
		_updateSupportEventMaterialsParameterTypes9 = new Class[] {
			long.class, long[].class,
			com.liferay.portal.kernel.service.ServiceContext.class
		};
	private static final Class<?>[] _updateSupportEventParameterTypes10 =
		new Class[] {
			long.class,
			ru.opora.domain.mentoring.assignment.SupportEventData.class,
			com.liferay.portal.kernel.service.ServiceContext.class
		};

}