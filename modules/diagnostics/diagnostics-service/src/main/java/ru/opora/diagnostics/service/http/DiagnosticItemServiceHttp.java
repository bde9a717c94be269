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

	public static ru.opora.diagnostics.model.Competence addCompetence(
			HttpPrincipal httpPrincipal, long groupId, String code,
			String areaCode, String name, int threshold, int itemsPerSession)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				DiagnosticItemServiceUtil.class, "addCompetence",
				_addCompetenceParameterTypes0);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, groupId, code, areaCode, name, threshold,
				itemsPerSession);

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

			return (ru.opora.diagnostics.model.Competence)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.diagnostics.model.CompetenceArea addCompetenceArea(
			HttpPrincipal httpPrincipal, long groupId, String code, String name,
			String kind, String subject)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				DiagnosticItemServiceUtil.class, "addCompetenceArea",
				_addCompetenceAreaParameterTypes1);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, groupId, code, name, kind, subject);

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

			return (ru.opora.diagnostics.model.CompetenceArea)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.diagnostics.model.DiagnosticItem addItem(
			HttpPrincipal httpPrincipal, long groupId, String code,
			String competenceCode, String itemType, String text, String options,
			String matches, String scoringKey, int weight)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				DiagnosticItemServiceUtil.class, "addItem",
				_addItemParameterTypes2);

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

	public static boolean canChangeBank(
			HttpPrincipal httpPrincipal, long groupId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				DiagnosticItemServiceUtil.class, "canChangeBank",
				_canChangeBankParameterTypes3);

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

			return ((Boolean)returnObj).booleanValue();
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.diagnostics.model.Competence deleteCompetence(
			HttpPrincipal httpPrincipal, long groupId, long competenceId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				DiagnosticItemServiceUtil.class, "deleteCompetence",
				_deleteCompetenceParameterTypes4);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, groupId, competenceId);

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

			return (ru.opora.diagnostics.model.Competence)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.diagnostics.model.CompetenceArea
			deleteCompetenceArea(
				HttpPrincipal httpPrincipal, long groupId,
				long competenceAreaId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				DiagnosticItemServiceUtil.class, "deleteCompetenceArea",
				_deleteCompetenceAreaParameterTypes5);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, groupId, competenceAreaId);

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

			return (ru.opora.diagnostics.model.CompetenceArea)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.diagnostics.model.DiagnosticItem deleteItem(
			HttpPrincipal httpPrincipal, long groupId, long diagnosticItemId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				DiagnosticItemServiceUtil.class, "deleteItem",
				_deleteItemParameterTypes6);

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

	public static java.util.List<ru.opora.diagnostics.model.ItemBank> getBanks(
			HttpPrincipal httpPrincipal, long groupId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				DiagnosticItemServiceUtil.class, "getBanks",
				_getBanksParameterTypes7);

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
				_getBankVersionParameterTypes8);

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

	public static ru.opora.diagnostics.model.Competence getCompetence(
			HttpPrincipal httpPrincipal, long groupId, long competenceId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				DiagnosticItemServiceUtil.class, "getCompetence",
				_getCompetenceParameterTypes9);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, groupId, competenceId);

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

			return (ru.opora.diagnostics.model.Competence)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.diagnostics.model.CompetenceArea getCompetenceArea(
			HttpPrincipal httpPrincipal, long groupId, long competenceAreaId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				DiagnosticItemServiceUtil.class, "getCompetenceArea",
				_getCompetenceAreaParameterTypes10);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, groupId, competenceAreaId);

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

			return (ru.opora.diagnostics.model.CompetenceArea)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.List<ru.opora.diagnostics.model.CompetenceArea>
			getCompetenceAreas(
				HttpPrincipal httpPrincipal, long groupId, int version)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				DiagnosticItemServiceUtil.class, "getCompetenceAreas",
				_getCompetenceAreasParameterTypes11);

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

			return (java.util.List<ru.opora.diagnostics.model.CompetenceArea>)
				returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.List<ru.opora.diagnostics.model.Competence>
			getCompetences(
				HttpPrincipal httpPrincipal, long groupId, int version)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				DiagnosticItemServiceUtil.class, "getCompetences",
				_getCompetencesParameterTypes12);

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

			return (java.util.List<ru.opora.diagnostics.model.Competence>)
				returnObj;
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
				_getItemParameterTypes13);

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
				_getItemsParameterTypes14);

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

	public static java.util.List<ru.opora.domain.diagnostics.SheetProblem>
			importBank(
				HttpPrincipal httpPrincipal, long groupId,
				java.util.List<java.util.List<String>> rows)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				DiagnosticItemServiceUtil.class, "importBank",
				_importBankParameterTypes15);

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

			return (java.util.List<ru.opora.domain.diagnostics.SheetProblem>)
				returnObj;
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
				_publishDraftParameterTypes16);

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

	public static ru.opora.diagnostics.model.Competence updateCompetence(
			HttpPrincipal httpPrincipal, long groupId, long competenceId,
			String areaCode, String name, int threshold, int itemsPerSession)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				DiagnosticItemServiceUtil.class, "updateCompetence",
				_updateCompetenceParameterTypes17);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, groupId, competenceId, areaCode, name, threshold,
				itemsPerSession);

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

			return (ru.opora.diagnostics.model.Competence)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.diagnostics.model.CompetenceArea
			updateCompetenceArea(
				HttpPrincipal httpPrincipal, long groupId,
				long competenceAreaId, String name, String kind, String subject)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				DiagnosticItemServiceUtil.class, "updateCompetenceArea",
				_updateCompetenceAreaParameterTypes18);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, groupId, competenceAreaId, name, kind, subject);

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

			return (ru.opora.diagnostics.model.CompetenceArea)returnObj;
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
				_updateItemParameterTypes19);

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

	private static final Class<?>[] _addCompetenceParameterTypes0 =
		new Class[] {
			long.class, String.class, String.class, String.class, int.class,
			int.class
		};
	private static final Class<?>[] _addCompetenceAreaParameterTypes1 =
		new Class[] {
			long.class, String.class, String.class, String.class, String.class
		};
	private static final Class<?>[] _addItemParameterTypes2 = new Class[] {
		long.class, String.class, String.class, String.class, String.class,
		String.class, String.class, String.class, int.class
	};
	private static final Class<?>[] _canChangeBankParameterTypes3 =
		new Class[] {long.class};
	private static final Class<?>[] _deleteCompetenceParameterTypes4 =
		new Class[] {long.class, long.class};
	private static final Class<?>[] _deleteCompetenceAreaParameterTypes5 =
		new Class[] {long.class, long.class};
	private static final Class<?>[] _deleteItemParameterTypes6 = new Class[] {
		long.class, long.class
	};
	private static final Class<?>[] _getBanksParameterTypes7 = new Class[] {
		long.class
	};
	private static final Class<?>[] _getBankVersionParameterTypes8 =
		new Class[] {long.class, int.class};
	private static final Class<?>[] _getCompetenceParameterTypes9 =
		new Class[] {long.class, long.class};
	private static final Class<?>[] _getCompetenceAreaParameterTypes10 =
		new Class[] {long.class, long.class};
	private static final Class<?>[] _getCompetenceAreasParameterTypes11 =
		new Class[] {long.class, int.class};
	private static final Class<?>[] _getCompetencesParameterTypes12 =
		new Class[] {long.class, int.class};
	private static final Class<?>[] _getItemParameterTypes13 = new Class[] {
		long.class, long.class
	};
	private static final Class<?>[] _getItemsParameterTypes14 = new Class[] {
		long.class, int.class
	};
	private static final Class<?>[] _importBankParameterTypes15 = new Class[] {
		long.class, java.util.List.class
	};
	private static final Class<?>[] _publishDraftParameterTypes16 =
		new Class[] {long.class};
	private static final Class<?>[] _updateCompetenceParameterTypes17 =
		new Class[] {
			long.class, long.class, String.class, String.class, int.class,
			int.class
		};
	private static final Class<?>[] _updateCompetenceAreaParameterTypes18 =
		new Class[] {
			long.class, long.class, String.class, String.class, String.class
		};
	private static final Class<?>[] _updateItemParameterTypes19 = new Class[] {
		long.class, long.class, String.class, String.class, String.class,
		String.class, String.class, String.class, int.class
	};

}