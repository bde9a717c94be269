<%--
/**
 * SPDX-FileCopyrightText: (c) 2026 Opora
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
--%>

<%@ include file="/init.jsp" %>

<clay:container-fluid cssClass="opora-mentoring">
	<liferay-ui:error exception="<%= NoSuchMentorAssignmentException.class %>" message="opora-mentoring-the-assignment-could-not-be-found" />
	<liferay-ui:error exception="<%= NoSuchSupportEventException.class %>" message="opora-mentoring-the-event-could-not-be-found" />
	<liferay-ui:error exception="<%= PrincipalException.class %>" message="opora-mentoring-you-do-not-have-permission" />

	<portlet:renderURL var="homeURL" />

	<clay:link
		displayType="secondary"
		href="<%= homeURL %>"
		label="opora-mentoring-back"
		type="button"
	/>
</clay:container-fluid>
