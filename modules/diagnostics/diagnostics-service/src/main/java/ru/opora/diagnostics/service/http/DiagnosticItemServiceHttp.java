/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.diagnostics.service.http;

import com.liferay.portal.kernel.log.Log;
import com.liferay.portal.kernel.log.LogFactoryUtil;
import com.liferay.portal.kernel.security.auth.HttpPrincipal;
import com.liferay.portal.kernel.service.http.TunnelUtil;
import com.liferay.portal.kernel.util.MethodHandler;
import com.liferay.portal.kernel.util.MethodKey;

import ru.opora.diagnostics.service.DiagnosticItemServiceUtil;

/**
 * Provides the HTTP utility for the
 * <code>DiagnosticItemServiceUtil</code> service
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
public class DiagnosticItemServiceHttp {

	public static ru.opora.diagnostics.model.DiagnosticItem addItem(
			HttpPrincipal httpPrincipal, long groupId, String code,
			String competenceCode, String itemType, String text, String options,
			String matches, String scoringKey, int weight)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				DiagnosticItemServiceUtil.class, "addItem",
				_addItemParameterTypes0);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, groupId, code, competenceCode, itemType, text,
				options, matches, scoringKey, weight);

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

			return (ru.opora.diagnostics.model.DiagnosticItem)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.List<ru.opora.diagnostics.model.ItemBank> getBanks(
			HttpPrincipal httpPrincipal, long groupId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				DiagnosticItemServiceUtil.class, "getBanks",
				_getBanksParameterTypes1);

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

			return (java.util.List<ru.opora.diagnostics.model.ItemBank>)
				returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.domain.diagnostics.BankVersion getBankVersion(
			HttpPrincipal httpPrincipal, long groupId, int version)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				DiagnosticItemServiceUtil.class, "getBankVersion",
				_getBankVersionParameterTypes2);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, groupId, version);

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

			return (ru.opora.domain.diagnostics.BankVersion)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.diagnostics.model.DiagnosticItem getItem(
			HttpPrincipal httpPrincipal, long groupId, long diagnosticItemId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				DiagnosticItemServiceUtil.class, "getItem",
				_getItemParameterTypes3);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, groupId, diagnosticItemId);

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

			return (ru.opora.diagnostics.model.DiagnosticItem)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.List<ru.opora.diagnostics.model.DiagnosticItem>
			getItems(HttpPrincipal httpPrincipal, long groupId, int version)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				DiagnosticItemServiceUtil.class, "getItems",
				_getItemsParameterTypes4);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, groupId, version);

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

			return (java.util.List<ru.opora.diagnostics.model.DiagnosticItem>)
				returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.List<ru.opora.domain.diagnostics.BankSheet.Problem>
			importBank(
				HttpPrincipal httpPrincipal, long groupId,
				java.util.List<java.util.List<String>> rows)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				DiagnosticItemServiceUtil.class, "importBank",
				_importBankParameterTypes5);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, groupId, rows);

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
				<ru.opora.domain.diagnostics.BankSheet.Problem>)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.diagnostics.model.ItemBank publishDraft(
			HttpPrincipal httpPrincipal, long groupId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				DiagnosticItemServiceUtil.class, "publishDraft",
				_publishDraftParameterTypes6);

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

			return (ru.opora.diagnostics.model.ItemBank)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.diagnostics.model.DiagnosticItem updateItem(
			HttpPrincipal httpPrincipal, long groupId, long diagnosticItemId,
			String competenceCode, String itemType, String text, String options,
			String matches, String scoringKey, int weight)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				DiagnosticItemServiceUtil.class, "updateItem",
				_updateItemParameterTypes7);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, groupId, diagnosticItemId, competenceCode, itemType,
				text, options, matches, scoringKey, weight);

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

			return (ru.opora.diagnostics.model.DiagnosticItem)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	private static Log _log = LogFactoryUtil.getLog(
		DiagnosticItemServiceHttp.class);

	private static final Class<?>[] _addItemParameterTypes0 = new Class[] {
		long.class, String.class, String.class, String.class, String.class,
		String.class, String.class, String.class, int.class
	};
	private static final Class<?>[] _getBanksParameterTypes1 = new Class[] {
		long.class
	};
	private static final Class<?>[] _getBankVersionParameterTypes2 =
		new Class[] {long.class, int.class};
	private static final Class<?>[] _getItemParameterTypes3 = new Class[] {
		long.class, long.class
	};
	private static final Class<?>[] _getItemsParameterTypes4 = new Class[] {
		long.class, int.class
	};
	private static final Class<?>[] _importBankParameterTypes5 = new Class[] {
		long.class, java.util.List.class
	};
	private static final Class<?>[] _publishDraftParameterTypes6 = new Class[] {
		long.class
	};
	private static final Class<?>[] _updateItemParameterTypes7 = new Class[] {
		long.class, long.class, String.class, String.class, String.class,
		String.class, String.class, String.class, int.class
	};

}