<%--
/**
 * SPDX-FileCopyrightText: (c) 2026 Opora
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
--%>

<%@ include file="/init.jsp" %>

<clay:container-fluid cssClass="opora-risk">
	<liferay-ui:error exception="<%= PrincipalException.class %>" message="opora-risk-you-do-not-have-permission" />
	<liferay-ui:error exception="<%= PrincipalException.MustHavePermission.class %>" message="opora-risk-you-do-not-have-permission" />
	<liferay-ui:error exception="<%= RiskProfileValidationException.class %>" message="opora-risk-the-code-is-not-valid" />
	<liferay-ui:error key="<%= ru.opora.riskprofile.exception.NoSuchRiskDocumentException.class.getName() %>" message="opora-risk-not-found" />
	<liferay-ui:error key="<%= ru.opora.schools.exception.NoSuchSchoolException.class.getName() %>" message="opora-risk-not-found" />

	<portlet:renderURL var="homeURL" />

	<clay:link
		displayType="secondary"
		href="<%= homeURL %>"
		label="opora-risk-back"
		type="button"
	/>
</clay:container-fluid>
