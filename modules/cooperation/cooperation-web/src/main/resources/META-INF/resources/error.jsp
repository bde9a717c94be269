<%--
/**
 * SPDX-FileCopyrightText: (c) 2026 Opora
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
--%>

<%@ include file="/init.jsp" %>

<clay:container-fluid cssClass="opora-cooperation">
	<liferay-ui:error exception="<%= NoSuchCooperationAgreementException.class %>" message="opora-cooperation-the-agreement-could-not-be-found" />
	<liferay-ui:error exception="<%= PrincipalException.class %>" message="opora-cooperation-you-do-not-have-permission" />

	<portlet:renderURL var="homeURL" />

	<clay:link
		displayType="secondary"
		href="<%= homeURL %>"
		label="opora-cooperation-back"
		type="button"
	/>
</clay:container-fluid>
