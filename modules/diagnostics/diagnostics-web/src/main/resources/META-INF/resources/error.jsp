<%--
/**
 * SPDX-FileCopyrightText: (c) 2026 Opora
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
--%>

<%@ include file="/init.jsp" %>

<clay:container-fluid>
	<liferay-ui:error exception="<%= PrincipalException.class %>" message="diagnostics-not-allowed" />
	<liferay-ui:error key="diagnostics-not-found" message="diagnostics-not-found" />

	<a href="<portlet:renderURL />"><liferay-ui:message key="diagnostics-back" /></a>
</clay:container-fluid>
