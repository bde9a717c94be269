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

import ru.opora.mentoring.service.MentorAssignmentServiceUtil;

/**
 * Provides the HTTP utility for the
 * <code>MentorAssignmentServiceUtil</code> service
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
public class MentorAssignmentServiceHttp {

	public static java.util.List<ru.opora.mentoring.model.MentorAssignment>
			acceptSuggestions(
				HttpPrincipal httpPrincipal, long groupId,
				java.util.List<ru.opora.mentoring.model.MentorSuggestion>
					suggestions,
				java.time.LocalDate startDate, java.time.LocalDate endDate,
				int capacity,
				com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				MentorAssignmentServiceUtil.class, "acceptSuggestions",
				_acceptSuggestionsParameterTypes0);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, groupId, suggestions, startDate, endDate, capacity,
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

			return (java.util.List<ru.opora.mentoring.model.MentorAssignment>)
				returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.mentoring.model.MentorAssignment activateAssignment(
			HttpPrincipal httpPrincipal, long mentorAssignmentId,
			String comment,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				MentorAssignmentServiceUtil.class, "activateAssignment",
				_activateAssignmentParameterTypes1);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, mentorAssignmentId, comment, serviceContext);

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

			return (ru.opora.mentoring.model.MentorAssignment)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.mentoring.model.MentorAssignment addAssignment(
			HttpPrincipal httpPrincipal, long groupId,
			ru.opora.domain.mentoring.assignment.AssignmentData assignmentData,
			int capacity,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				MentorAssignmentServiceUtil.class, "addAssignment",
				_addAssignmentParameterTypes2);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, groupId, assignmentData, capacity, serviceContext);

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

			return (ru.opora.mentoring.model.MentorAssignment)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.mentoring.model.MentorAssignment cancelAssignment(
			HttpPrincipal httpPrincipal, long mentorAssignmentId, String reason,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				MentorAssignmentServiceUtil.class, "cancelAssignment",
				_cancelAssignmentParameterTypes3);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, mentorAssignmentId, reason, serviceContext);

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

			return (ru.opora.mentoring.model.MentorAssignment)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.mentoring.model.MentorAssignment deleteAssignment(
			HttpPrincipal httpPrincipal, long mentorAssignmentId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				MentorAssignmentServiceUtil.class, "deleteAssignment",
				_deleteAssignmentParameterTypes4);

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

			return (ru.opora.mentoring.model.MentorAssignment)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.mentoring.model.MentorAssignment finishAssignment(
			HttpPrincipal httpPrincipal, long mentorAssignmentId,
			String comment,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				MentorAssignmentServiceUtil.class, "finishAssignment",
				_finishAssignmentParameterTypes5);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, mentorAssignmentId, comment, serviceContext);

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

			return (ru.opora.mentoring.model.MentorAssignment)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.mentoring.model.MentorAssignment getAssignment(
			HttpPrincipal httpPrincipal, long mentorAssignmentId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				MentorAssignmentServiceUtil.class, "getAssignment",
				_getAssignmentParameterTypes6);

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

			return (ru.opora.mentoring.model.MentorAssignment)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.List<ru.opora.mentoring.model.MentorAssignment>
			getCuratorAssignments(
				HttpPrincipal httpPrincipal, long curatorUserId,
				boolean openOnly)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				MentorAssignmentServiceUtil.class, "getCuratorAssignments",
				_getCuratorAssignmentsParameterTypes7);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, curatorUserId, openOnly);

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

			return (java.util.List<ru.opora.mentoring.model.MentorAssignment>)
				returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.List<ru.opora.mentoring.model.MentorAssignment>
			getGroupAssignments(
				HttpPrincipal httpPrincipal, long groupId, String status)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				MentorAssignmentServiceUtil.class, "getGroupAssignments",
				_getGroupAssignmentsParameterTypes8);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, groupId, status);

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

			return (java.util.List<ru.opora.mentoring.model.MentorAssignment>)
				returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.List<ru.opora.mentoring.model.MentorAssignment>
			getMentorSchoolAssignments(
				HttpPrincipal httpPrincipal, long mentorSchoolId,
				boolean openOnly)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				MentorAssignmentServiceUtil.class, "getMentorSchoolAssignments",
				_getMentorSchoolAssignmentsParameterTypes9);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, mentorSchoolId, openOnly);

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

			return (java.util.List<ru.opora.mentoring.model.MentorAssignment>)
				returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.List<ru.opora.mentoring.model.MentorAssignment>
			getMyCuratorAssignments(
				HttpPrincipal httpPrincipal, boolean openOnly)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				MentorAssignmentServiceUtil.class, "getMyCuratorAssignments",
				_getMyCuratorAssignmentsParameterTypes10);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, openOnly);

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

			return (java.util.List<ru.opora.mentoring.model.MentorAssignment>)
				returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.List<ru.opora.mentoring.model.MentorAssignment>
			getSupportedSchoolAssignments(
				HttpPrincipal httpPrincipal, long supportedSchoolId,
				boolean openOnly)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				MentorAssignmentServiceUtil.class,
				"getSupportedSchoolAssignments",
				_getSupportedSchoolAssignmentsParameterTypes11);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, supportedSchoolId, openOnly);

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

			return (java.util.List<ru.opora.mentoring.model.MentorAssignment>)
				returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.mentoring.model.MentorSuggestions suggestAssignments(
			HttpPrincipal httpPrincipal, long groupId,
			java.util.List<ru.opora.domain.mentoring.SupportedSchoolProfile>
				profiles,
			java.util.List<ru.opora.domain.mentoring.MentorCandidate>
				candidates,
			ru.opora.domain.mentoring.MentorCostModel costModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				MentorAssignmentServiceUtil.class, "suggestAssignments",
				_suggestAssignmentsParameterTypes12);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, groupId, profiles, candidates, costModel);

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

			return (ru.opora.mentoring.model.MentorSuggestions)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.mentoring.model.MentorAssignment updateAssignment(
			HttpPrincipal httpPrincipal, long mentorAssignmentId,
			ru.opora.domain.mentoring.assignment.AssignmentData assignmentData,
			int capacity,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				MentorAssignmentServiceUtil.class, "updateAssignment",
				_updateAssignmentParameterTypes13);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, mentorAssignmentId, assignmentData, capacity,
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

			return (ru.opora.mentoring.model.MentorAssignment)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	private static Log _log = LogFactoryUtil.getLog(
		MentorAssignmentServiceHttp.class);

	private static final Class<?>[] _acceptSuggestionsParameterTypes0 =
		new Class[] {
			long.class, java.util.List.class, java.time.LocalDate.class,
			java.time.LocalDate.class, int.class,
			com.liferay.portal.kernel.service.ServiceContext.class
		};
	private static final Class<?>[] _activateAssignmentParameterTypes1 =
		new Class[] {
			long.class, String.class,
			com.liferay.portal.kernel.service.ServiceContext.class
		};
	private static final Class<?>[] _addAssignmentParameterTypes2 =
		new Class[] {
			long.class,
			ru.opora.domain.mentoring.assignment.AssignmentData.class,
			int.class, com.liferay.portal.kernel.service.ServiceContext.class
		};
	private static final Class<?>[] _cancelAssignmentParameterTypes3 =
		new Class[] {
			long.class, String.class,
			com.liferay.portal.kernel.service.ServiceContext.class
		};
	private static final Class<?>[] _deleteAssignmentParameterTypes4 =
		new Class[] {long.class};
	private static final Class<?>[] _finishAssignmentParameterTypes5 =
		new Class[] {
			long.class, String.class,
			com.liferay.portal.kernel.service.ServiceContext.class
		};
	private static final Class<?>[] _getAssignmentParameterTypes6 =
		new Class[] {long.class};
	private static final Class<?>[] _getCuratorAssignmentsParameterTypes7 =
		new Class[] {long.class, boolean.class};
	private static final Class<?>[] _getGroupAssignmentsParameterTypes8 =
		new Class[] {long.class, String.class};
	private static final Class<?>[] _getMentorSchoolAssignmentsParameterTypes9 =
		new Class[] {long.class, boolean.class};
	private static final Class<?>[] _getMyCuratorAssignmentsParameterTypes10 =
		new Class[] {boolean.class};
	private static final Class<?>[]
		_getSupportedSchoolAssignmentsParameterTypes11 = new Class[] {
			long.class, boolean.class
		};
	private static final Class<?>[] _suggestAssignmentsParameterTypes12 =
		new Class[] {
			long.class, java.util.List.class, java.util.List.class,
			ru.opora.domain.mentoring.MentorCostModel.class
		};
	private static final Class<?>[] _updateAssignmentParameterTypes13 =
		new Class[] {
			long.class,
			ru.opora.domain.mentoring.assignment.AssignmentData.class,
			int.class, com.liferay.portal.kernel.service.ServiceContext.class
		};

}