/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.schools.service.http;

import com.liferay.portal.kernel.log.Log;
import com.liferay.portal.kernel.log.LogFactoryUtil;
import com.liferay.portal.kernel.security.auth.HttpPrincipal;
import com.liferay.portal.kernel.service.http.TunnelUtil;
import com.liferay.portal.kernel.util.MethodHandler;
import com.liferay.portal.kernel.util.MethodKey;

import ru.opora.schools.service.SchoolServiceUtil;

/**
 * Provides the HTTP utility for the
 * <code>SchoolServiceUtil</code> service
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
public class SchoolServiceHttp {

	public static ru.opora.schools.model.School addSchool(
			HttpPrincipal httpPrincipal, long groupId,
			ru.opora.domain.school.SchoolData schoolData,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				SchoolServiceUtil.class, "addSchool",
				_addSchoolParameterTypes0);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, groupId, schoolData, serviceContext);

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

			return (ru.opora.schools.model.School)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.schools.model.School deleteSchool(
			HttpPrincipal httpPrincipal, long schoolId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				SchoolServiceUtil.class, "deleteSchool",
				_deleteSchoolParameterTypes1);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, schoolId);

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

			return (ru.opora.schools.model.School)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.schools.model.School getSchool(
			HttpPrincipal httpPrincipal, long schoolId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				SchoolServiceUtil.class, "getSchool",
				_getSchoolParameterTypes2);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, schoolId);

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

			return (ru.opora.schools.model.School)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.List<ru.opora.schools.model.School>
			getCompanySchools(HttpPrincipal httpPrincipal, long companyId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				SchoolServiceUtil.class, "getCompanySchools",
				_getCompanySchoolsParameterTypes3);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, companyId);

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

			return (java.util.List<ru.opora.schools.model.School>)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.List<ru.opora.schools.model.School> getGroupSchools(
			HttpPrincipal httpPrincipal, long groupId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				SchoolServiceUtil.class, "getGroupSchools",
				_getGroupSchoolsParameterTypes4);

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

			return (java.util.List<ru.opora.schools.model.School>)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.domain.identification.IdentificationRules
			getIdentificationRules(HttpPrincipal httpPrincipal, long groupId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				SchoolServiceUtil.class, "getIdentificationRules",
				_getIdentificationRulesParameterTypes5);

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

			return (ru.opora.domain.identification.IdentificationRules)
				returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.domain.identification.IdentificationRules
			updateIdentificationRules(
				HttpPrincipal httpPrincipal, long groupId,
				ru.opora.domain.identification.IdentificationRules
					identificationRules)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				SchoolServiceUtil.class, "updateIdentificationRules",
				_updateIdentificationRulesParameterTypes6);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, groupId, identificationRules);

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

			return (ru.opora.domain.identification.IdentificationRules)
				returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.schools.importing.SchoolImportResult importWorkbook(
			HttpPrincipal httpPrincipal, long groupId, java.io.File file,
			ru.opora.schools.importer.ImportMode mode,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				SchoolServiceUtil.class, "importWorkbook",
				_importWorkbookParameterTypes7);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, groupId, file, mode, serviceContext);

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

			return (ru.opora.schools.importing.SchoolImportResult)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.schools.organization.OrganizationLinkResult
			linkSchoolOrganizations(
				HttpPrincipal httpPrincipal, long groupId,
				boolean createMissing)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				SchoolServiceUtil.class, "linkSchoolOrganizations",
				_linkSchoolOrganizationsParameterTypes8);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, groupId, createMissing);

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

			return (ru.opora.schools.organization.OrganizationLinkResult)
				returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.schools.model.School updateSchoolOrganization(
			HttpPrincipal httpPrincipal, long schoolId, long organizationId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				SchoolServiceUtil.class, "updateSchoolOrganization",
				_updateSchoolOrganizationParameterTypes9);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, schoolId, organizationId);

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

			return (ru.opora.schools.model.School)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static ru.opora.schools.model.School updateSchool(
			HttpPrincipal httpPrincipal, long schoolId,
			ru.opora.domain.school.SchoolData schoolData,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				SchoolServiceUtil.class, "updateSchool",
				_updateSchoolParameterTypes10);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, schoolId, schoolData, serviceContext);

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

			return (ru.opora.schools.model.School)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	private static Log _log = LogFactoryUtil.getLog(SchoolServiceHttp.class);

	private static final Class<?>[] _addSchoolParameterTypes0 = new Class[] {
		long.class, ru.opora.domain.school.SchoolData.class,
		com.liferay.portal.kernel.service.ServiceContext.class
	};
	private static final Class<?>[] _deleteSchoolParameterTypes1 = new Class[] {
		long.class
	};
	private static final Class<?>[] _getSchoolParameterTypes2 = new Class[] {
		long.class
	};
	private static final Class<?>[] _getCompanySchoolsParameterTypes3 =
		new Class[] {long.class};
	private static final Class<?>[] _getGroupSchoolsParameterTypes4 =
		new Class[] {long.class};
	private static final Class<?>[] _getIdentificationRulesParameterTypes5 =
		new Class[] {long.class};
	private static final Class<?>[] _updateIdentificationRulesParameterTypes6 =
		new Class[] {
			long.class, ru.opora.domain.identification.IdentificationRules.class
		};
	private static final Class<?>[] _importWorkbookParameterTypes7 =
		new Class[] {
			long.class, java.io.File.class,
			ru.opora.schools.importer.ImportMode.class,
			com.liferay.portal.kernel.service.ServiceContext.class
		};
	private static final Class<?>[] _linkSchoolOrganizationsParameterTypes8 =
		new Class[] {long.class, boolean.class};
	private static final Class<?>[] _updateSchoolOrganizationParameterTypes9 =
		new Class[] {long.class, long.class};
	private static final Class<?>[] _updateSchoolParameterTypes10 =
		new Class[] {
			long.class, ru.opora.domain.school.SchoolData.class,
			com.liferay.portal.kernel.service.ServiceContext.class
		};

}