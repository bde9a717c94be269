<%--
/**
 * SPDX-FileCopyrightText: (c) 2026 Opora
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
--%>

<%@ include file="/init.jsp" %>

<%@ page import="com.liferay.portal.kernel.model.User" %>

<%
OpenSessionDisplayContext openSessionDisplayContext = (OpenSessionDisplayContext)request.getAttribute(DiagnosticsWebKeys.DISPLAY_CONTEXT);

BaseDisplayContext baseDisplayContext = openSessionDisplayContext;
%>

<portlet:actionURL name="<%= DiagnosticsWebKeys.MVC_OPEN_SESSION %>" var="openURL" />

<clay:container-fluid cssClass="opora-diagnostics">
	<%@ include file="/tabs.jspf" %>

	<h2><liferay-ui:message key="diagnostics-open-session" /></h2>

	<aui:form action="<%= openURL %>" method="post" name="sessionFm">
		<aui:input label="diagnostics-session-name" name="name" required="<%= true %>" type="text" />

		<aui:select label="diagnostics-school" name="schoolId" required="<%= true %>">

			<%
			for (School school : openSessionDisplayContext.getSchools()) {
			%>

				<aui:option label="<%= school.getName() %>" localizeLabel="<%= false %>" value="<%= school.getSchoolId() %>" />

			<%
			}
			%>

		</aui:select>

		<aui:input helpMessage="diagnostics-subject-help" label="diagnostics-subject" name="subject" required="<%= true %>" type="text" />

		<clay:row>
			<clay:col md="4">
				<aui:input label="diagnostics-start-date" name="startDate" required="<%= true %>" type="date" />
			</clay:col>

			<clay:col md="4">
				<aui:input label="diagnostics-end-date" name="endDate" required="<%= true %>" type="date" />
			</clay:col>

			<clay:col md="4">
				<aui:input helpMessage="diagnostics-time-limit-help" label="diagnostics-time-limit" name="timeLimit" type="number" value="45" />
			</clay:col>
		</clay:row>

		<aui:select helpMessage="diagnostics-teachers-help" label="diagnostics-teachers" multiple="<%= true %>" name="teacherUserIds" required="<%= true %>">

			<%
			for (User teacher : openSessionDisplayContext.getTeachers()) {
			%>

				<aui:option label="<%= teacher.getFullName() %>" localizeLabel="<%= false %>" value="<%= teacher.getUserId() %>" />

			<%
			}
			%>

		</aui:select>

		<aui:button type="submit" value="diagnostics-open-session" />
	</aui:form>

	<h3 class="mt-4"><liferay-ui:message key="diagnostics-sessions" /></h3>

	<c:choose>
		<c:when test="<%= openSessionDisplayContext.getSessions().isEmpty() %>">
			<p><liferay-ui:message key="diagnostics-no-sessions" /></p>
		</c:when>
		<c:otherwise>
			<ul>

				<%
				for (DiagnosticSession diagnosticSession : openSessionDisplayContext.getSessions()) {
				%>

					<li><%= HtmlUtil.escape(diagnosticSession.getName()) %> (<%= HtmlUtil.escape(diagnosticSession.getSubject()) %>): <%= openSessionDisplayContext.format(diagnosticSession.getStartDate()) %> &ndash; <%= openSessionDisplayContext.format(diagnosticSession.getEndDate()) %></li>

				<%
				}
				%>

			</ul>
		</c:otherwise>
	</c:choose>
</clay:container-fluid>
