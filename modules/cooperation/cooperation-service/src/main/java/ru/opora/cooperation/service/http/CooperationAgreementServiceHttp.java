/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.cooperation.service.http;

import com.liferay.portal.kernel.log.Log;
import com.liferay.portal.kernel.log.LogFactoryUtil;
import com.liferay.portal.kernel.security.auth.HttpPrincipal;
import com.liferay.portal.kernel.service.http.TunnelUtil;
import com.liferay.portal.kernel.util.MethodHandler;
import com.liferay.portal.kernel.util.MethodKey;

import ru.opora.cooperation.service.CooperationAgreementServiceUtil;

/**
 * Provides the HTTP utility for the
 * <code>CooperationAgreementServiceUtil</code> service
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
public class CooperationAgreementServiceHttp {

	public static ru.opora.cooperation.model.CooperationAgreement addAgreement(
			HttpPrincipal httpPrincipal, long groupId,
			ru.opora.domain.cooperation.AgreementData agreementData,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				CooperationAgreementServiceUtil.class, "addAgreement",
				_addAgreementParameterTypes0);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, groupId, agreementData, serviceContext);

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

			return (ru.opora.cooperation.model.CooperationAgreement)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.cooperation.model.CooperationAgreement
			amendAgreement(
				HttpPrincipal httpPrincipal, long agreementId,
				com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				CooperationAgreementServiceUtil.class, "amendAgreement",
				_amendAgreementParameterTypes1);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, agreementId, serviceContext);

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

			return (ru.opora.cooperation.model.CooperationAgreement)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.cooperation.model.CooperationAgreement
			approveAsCoordinator(
				HttpPrincipal httpPrincipal, long agreementId, String comment,
				com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				CooperationAgreementServiceUtil.class, "approveAsCoordinator",
				_approveAsCoordinatorParameterTypes2);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, agreementId, comment, serviceContext);

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

			return (ru.opora.cooperation.model.CooperationAgreement)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.cooperation.model.CooperationAgreement
			approveAsParty(
				HttpPrincipal httpPrincipal, long agreementPartyId,
				String comment,
				com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				CooperationAgreementServiceUtil.class, "approveAsParty",
				_approveAsPartyParameterTypes3);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, agreementPartyId, comment, serviceContext);

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

			return (ru.opora.cooperation.model.CooperationAgreement)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static boolean canApproveAsParty(
			HttpPrincipal httpPrincipal, long agreementPartyId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				CooperationAgreementServiceUtil.class, "canApproveAsParty",
				_canApproveAsPartyParameterTypes4);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, agreementPartyId);

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

	public static ru.opora.cooperation.model.CooperationAgreement
			deleteAgreement(HttpPrincipal httpPrincipal, long agreementId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				CooperationAgreementServiceUtil.class, "deleteAgreement",
				_deleteAgreementParameterTypes5);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, agreementId);

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

			return (ru.opora.cooperation.model.CooperationAgreement)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.cooperation.model.CooperationAgreement getAgreement(
			HttpPrincipal httpPrincipal, long agreementId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				CooperationAgreementServiceUtil.class, "getAgreement",
				_getAgreementParameterTypes6);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, agreementId);

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

			return (ru.opora.cooperation.model.CooperationAgreement)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.domain.cooperation.AgreementData getAgreementData(
			HttpPrincipal httpPrincipal, long agreementId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				CooperationAgreementServiceUtil.class, "getAgreementData",
				_getAgreementDataParameterTypes7);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, agreementId);

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

			return (ru.opora.domain.cooperation.AgreementData)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.List<ru.opora.cooperation.model.AgreementHistory>
			getAgreementHistories(HttpPrincipal httpPrincipal, long agreementId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				CooperationAgreementServiceUtil.class, "getAgreementHistories",
				_getAgreementHistoriesParameterTypes8);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, agreementId);

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

			return (java.util.List<ru.opora.cooperation.model.AgreementHistory>)
				returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.List<ru.opora.cooperation.model.AgreementModule>
			getAgreementModules(HttpPrincipal httpPrincipal, long agreementId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				CooperationAgreementServiceUtil.class, "getAgreementModules",
				_getAgreementModulesParameterTypes9);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, agreementId);

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

			return (java.util.List<ru.opora.cooperation.model.AgreementModule>)
				returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.List<ru.opora.cooperation.model.AgreementParty>
			getAgreementParties(HttpPrincipal httpPrincipal, long agreementId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				CooperationAgreementServiceUtil.class, "getAgreementParties",
				_getAgreementPartiesParameterTypes10);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, agreementId);

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

			return (java.util.List<ru.opora.cooperation.model.AgreementParty>)
				returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.List<ru.opora.cooperation.model.AgreementProgramme>
			getAgreementProgrammes(
				HttpPrincipal httpPrincipal, long agreementId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				CooperationAgreementServiceUtil.class, "getAgreementProgrammes",
				_getAgreementProgrammesParameterTypes11);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, agreementId);

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
				<ru.opora.cooperation.model.AgreementProgramme>)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.List<ru.opora.cooperation.model.AgreementResource>
			getAgreementResources(HttpPrincipal httpPrincipal, long agreementId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				CooperationAgreementServiceUtil.class, "getAgreementResources",
				_getAgreementResourcesParameterTypes12);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, agreementId);

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
				<ru.opora.cooperation.model.AgreementResource>)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.List
		<ru.opora.cooperation.model.CooperationAgreement> getAgreementVersions(
				HttpPrincipal httpPrincipal, long agreementId)
			throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				CooperationAgreementServiceUtil.class, "getAgreementVersions",
				_getAgreementVersionsParameterTypes13);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, agreementId);

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
				<ru.opora.cooperation.model.CooperationAgreement>)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.domain.cooperation.ApprovalState getApprovalState(
			HttpPrincipal httpPrincipal, long agreementId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				CooperationAgreementServiceUtil.class, "getApprovalState",
				_getApprovalStateParameterTypes14);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, agreementId);

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

			return (ru.opora.domain.cooperation.ApprovalState)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.List
		<ru.opora.cooperation.model.CooperationAgreement> getCompanyAgreements(
				HttpPrincipal httpPrincipal)
			throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				CooperationAgreementServiceUtil.class, "getCompanyAgreements",
				_getCompanyAgreementsParameterTypes15);

			MethodHandler methodHandler = new MethodHandler(methodKey);

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
				<ru.opora.cooperation.model.CooperationAgreement>)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.List
		<ru.opora.cooperation.model.CooperationAgreement> getGroupAgreements(
				HttpPrincipal httpPrincipal, long groupId)
			throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				CooperationAgreementServiceUtil.class, "getGroupAgreements",
				_getGroupAgreementsParameterTypes16);

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

			return (java.util.List
				<ru.opora.cooperation.model.CooperationAgreement>)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.domain.cooperation.CooperationNetwork getNetwork(
			HttpPrincipal httpPrincipal, long groupId, boolean region,
			java.time.LocalDate date)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				CooperationAgreementServiceUtil.class, "getNetwork",
				_getNetworkParameterTypes17);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, groupId, region, date);

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

			return (ru.opora.domain.cooperation.CooperationNetwork)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.Map<String, String> getPartyOptions(
			HttpPrincipal httpPrincipal, long groupId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				CooperationAgreementServiceUtil.class, "getPartyOptions",
				_getPartyOptionsParameterTypes18);

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

			return (java.util.Map<String, String>)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.List<ru.opora.cooperation.model.AgreementSummary>
			getPublicSummaries(HttpPrincipal httpPrincipal, long groupId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				CooperationAgreementServiceUtil.class, "getPublicSummaries",
				_getPublicSummariesParameterTypes19);

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

			return (java.util.List<ru.opora.cooperation.model.AgreementSummary>)
				returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static boolean isCoordinatorApprovalRequired(
			HttpPrincipal httpPrincipal, long groupId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				CooperationAgreementServiceUtil.class,
				"isCoordinatorApprovalRequired",
				_isCoordinatorApprovalRequiredParameterTypes20);

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

	public static ru.opora.cooperation.model.CooperationAgreement returnToDraft(
			HttpPrincipal httpPrincipal, long agreementId, String reason,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				CooperationAgreementServiceUtil.class, "returnToDraft",
				_returnToDraftParameterTypes21);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, agreementId, reason, serviceContext);

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

			return (ru.opora.cooperation.model.CooperationAgreement)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.cooperation.model.CooperationAgreement setDocument(
			HttpPrincipal httpPrincipal, long agreementId, long fileEntryId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				CooperationAgreementServiceUtil.class, "setDocument",
				_setDocumentParameterTypes22);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, agreementId, fileEntryId);

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

			return (ru.opora.cooperation.model.CooperationAgreement)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.cooperation.model.CooperationAgreement setFolder(
			HttpPrincipal httpPrincipal, long agreementId, long folderId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				CooperationAgreementServiceUtil.class, "setFolder",
				_setFolderParameterTypes23);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, agreementId, folderId);

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

			return (ru.opora.cooperation.model.CooperationAgreement)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.cooperation.model.CooperationAgreement setSignedScan(
			HttpPrincipal httpPrincipal, long agreementId, long fileEntryId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				CooperationAgreementServiceUtil.class, "setSignedScan",
				_setSignedScanParameterTypes24);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, agreementId, fileEntryId);

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

			return (ru.opora.cooperation.model.CooperationAgreement)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.cooperation.model.CooperationAgreement signAgreement(
			HttpPrincipal httpPrincipal, long agreementId,
			java.time.LocalDate today,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				CooperationAgreementServiceUtil.class, "signAgreement",
				_signAgreementParameterTypes25);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, agreementId, today, serviceContext);

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

			return (ru.opora.cooperation.model.CooperationAgreement)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.cooperation.model.CooperationAgreement
			submitAgreement(
				HttpPrincipal httpPrincipal, long agreementId, String comment,
				com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				CooperationAgreementServiceUtil.class, "submitAgreement",
				_submitAgreementParameterTypes26);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, agreementId, comment, serviceContext);

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

			return (ru.opora.cooperation.model.CooperationAgreement)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.cooperation.model.CooperationAgreement
			terminateAgreement(
				HttpPrincipal httpPrincipal, long agreementId, String reason,
				java.time.LocalDate terminationDate,
				com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				CooperationAgreementServiceUtil.class, "terminateAgreement",
				_terminateAgreementParameterTypes27);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, agreementId, reason, terminationDate,
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

			return (ru.opora.cooperation.model.CooperationAgreement)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.cooperation.model.CooperationAgreement
			updateAgreement(
				HttpPrincipal httpPrincipal, long agreementId,
				ru.opora.domain.cooperation.AgreementData agreementData,
				com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				CooperationAgreementServiceUtil.class, "updateAgreement",
				_updateAgreementParameterTypes28);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, agreementId, agreementData, serviceContext);

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

			return (ru.opora.cooperation.model.CooperationAgreement)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	private static Log _log = LogFactoryUtil.getLog(
		CooperationAgreementServiceHttp.class);

	private static final Class<?>[] _addAgreementParameterTypes0 = new Class[] {
		long.class, ru.opora.domain.cooperation.AgreementData.class,
		com.liferay.portal.kernel.service.ServiceContext.class
	};
	private static final Class<?>[] _amendAgreementParameterTypes1 =
		new Class[] {
			long.class, com.liferay.portal.kernel.service.ServiceContext.class
		};
	private static final Class<?>[] _approveAsCoordinatorParameterTypes2 =
		new Class[] {
			long.class, String.class,
			com.liferay.portal.kernel.service.ServiceContext.class
		};
	private static final Class<?>[] _approveAsPartyParameterTypes3 =
		new Class[] {
			long.class, String.class,
			com.liferay.portal.kernel.service.ServiceContext.class
		};
	private static final Class<?>[] _canApproveAsPartyParameterTypes4 =
		new Class[] {long.class};
	private static final Class<?>[] _deleteAgreementParameterTypes5 =
		new Class[] {long.class};
	private static final Class<?>[] _getAgreementParameterTypes6 = new Class[] {
		long.class
	};
	private static final Class<?>[] _getAgreementDataParameterTypes7 =
		new Class[] {long.class};
	private static final Class<?>[] _getAgreementHistoriesParameterTypes8 =
		new Class[] {long.class};
	private static final Class<?>[] _getAgreementModulesParameterTypes9 =
		new Class[] {long.class};
	private static final Class<?>[] _getAgreementPartiesParameterTypes10 =
		new Class[] {long.class};
	private static final Class<?>[] _getAgreementProgrammesParameterTypes11 =
		new Class[] {long.class};
	private static final Class<?>[] _getAgreementResourcesParameterTypes12 =
		new Class[] {long.class};
	private static final Class<?>[] _getAgreementVersionsParameterTypes13 =
		new Class[] {long.class};
	private static final Class<?>[] _getApprovalStateParameterTypes14 =
		new Class[] {long.class};
	private static final Class<?>[] _getCompanyAgreementsParameterTypes15 =
		new Class[] {};
	private static final Class<?>[] _getGroupAgreementsParameterTypes16 =
		new Class[] {long.class};
	private static final Class<?>[] _getNetworkParameterTypes17 = new Class[] {
		long.class, boolean.class, java.time.LocalDate.class
	};
	private static final Class<?>[] _getPartyOptionsParameterTypes18 =
		new Class[] {long.class};
	private static final Class<?>[] _getPublicSummariesParameterTypes19 =
		new Class[] {long.class};
	private static final Class<?>[]
		_isCoordinatorApprovalRequiredParameterTypes20 = new Class[] {
			long.class
		};
	private static final Class<?>[] _returnToDraftParameterTypes21 =
		new Class[] {
			long.class, String.class,
			com.liferay.portal.kernel.service.ServiceContext.class
		};
	private static final Class<?>[] _setDocumentParameterTypes22 = new Class[] {
		long.class, long.class
	};
	private static final Class<?>[] _setFolderParameterTypes23 = new Class[] {
		long.class, long.class
	};
	private static final Class<?>[] _setSignedScanParameterTypes24 =
		new Class[] {long.class, long.class};
	private static final Class<?>[] _signAgreementParameterTypes25 =
		new Class[] {
			long.class, java.time.LocalDate.class,
			com.liferay.portal.kernel.service.ServiceContext.class
		};
	private static final Class<?>[] _submitAgreementParameterTypes26 =
		new Class[] {
			long.class, String.class,
			com.liferay.portal.kernel.service.ServiceContext.class
		};
	private static final Class<?>[] _terminateAgreementParameterTypes27 =
		new Class[] {
			long.class, String.class, java.time.LocalDate.class,
			com.liferay.portal.kernel.service.ServiceContext.class
		};
	private static final Class<?>[] _updateAgreementParameterTypes28 =
		new Class[] {
			long.class, ru.opora.domain.cooperation.AgreementData.class,
			com.liferay.portal.kernel.service.ServiceContext.class
		};

}