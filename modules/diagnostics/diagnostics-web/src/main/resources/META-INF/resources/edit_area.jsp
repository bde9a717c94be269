<%--
/**
 * SPDX-FileCopyrightText: (c) 2026 Opora
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
--%>

<%@ include file="/init.jsp" %>

<%@ page import="ru.opora.diagnostics.web.internal.display.context.EditAreaDisplayContext" %><%@
page import="ru.opora.domain.diagnostics.AreaKind" %>

<%
EditAreaDisplayContext editAreaDisplayContext = (EditAreaDisplayContext)request.getAttribute(DiagnosticsWebKeys.DISPLAY_CONTEXT);

BaseDisplayContext baseDisplayContext = editAreaDisplayContext;
%>

<portlet:actionURL name="<%= DiagnosticsWebKeys.MVC_EDIT_AREA %>" var="saveAreaURL" />

<clay:container-fluid cssClass="opora-diagnostics">
	<%@ include file="/tabs.jspf" %>

	<h2><liferay-ui:message key='<%= editAreaDisplayContext.isNew() ? "diagnostics-add-area" : "diagnostics-edit-area" %>' /></h2>

	<aui:form action="<%= saveAreaURL %>" method="post" name="areaFm">
		<aui:input name="competenceAreaId" type="hidden" value="<%= editAreaDisplayContext.getCompetenceAreaId() %>" />

		<aui:input disabled="<%= !editAreaDisplayContext.isNew() %>" helpMessage='<%= editAreaDisplayContext.isNew() ? "diagnostics-code-help" : "diagnostics-code-fixed-help" %>' label="diagnostics-field-code" name="code" required="<%= true %>" type="text" value='<%= editAreaDisplayContext.getValue("code") %>' />

		<aui:input label="diagnostics-field-name" name="name" required="<%= true %>" type="text" value='<%= editAreaDisplayContext.getValue("name") %>' />

		<aui:select label="diagnostics-field-kind" name="kind" required="<%= true %>">

			<%
			for (AreaKind areaKind : editAreaDisplayContext.getKinds()) {
			%>

				<aui:option label="<%= areaKind.labelKey() %>" selected='<%= areaKind.code().equals(editAreaDisplayContext.getValue("kind")) %>' value="<%= areaKind.code() %>" />

			<%
			}
			%>

		</aui:select>

		<aui:input helpMessage="diagnostics-area-subject-help" label="diagnostics-field-subject" name="subject" type="text" value='<%= editAreaDisplayContext.getValue("subject") %>' />

		<aui:button-row>
			<aui:button type="submit" value="diagnostics-save" />
			<aui:button href="<%= editAreaDisplayContext.renderURL(DiagnosticsWebKeys.MVC_BANK) %>" type="cancel" value="diagnostics-back" />
		</aui:button-row>
	</aui:form>
</clay:container-fluid>
