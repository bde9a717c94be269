<%--
/**
 * SPDX-FileCopyrightText: (c) 2026 Opora
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
--%>

<%@ include file="/init.jsp" %>

<clay:container-fluid cssClass="opora-schools">
	<liferay-ui:error exception="<%= NoSuchSchoolException.class %>" message="opora-the-school-could-not-be-found" />
	<liferay-ui:error exception="<%= PrincipalException.class %>" message="opora-you-do-not-have-permission-to-see-this-school" />
	<liferay-ui:error key="<%= SchoolsWebKeys.ERROR_FORBIDDEN %>" message="opora-you-do-not-have-permission-to-use-this-function" />

	<portlet:renderURL var="viewSchoolsURL">
		<portlet:param name="mvcRenderCommandName" value="<%= SchoolsWebKeys.MVC_VIEW_SCHOOLS %>" />
	</portlet:renderURL>

	<clay:link
		displayType="secondary"
		href="<%= viewSchoolsURL %>"
		label="opora-back-to-the-schools"
		type="button"
	/>
</clay:container-fluid>
