<%--
/**
 * SPDX-FileCopyrightText: (c) 2026 Opora
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
--%>

<%@ include file="/init.jsp" %>

<%@ page import="ru.opora.diagnostics.model.CompetenceArea" %><%@
page import="ru.opora.diagnostics.web.internal.display.context.EditCompetenceDisplayContext" %>

<%
EditCompetenceDisplayContext editCompetenceDisplayContext = (EditCompetenceDisplayContext)request.getAttribute(DiagnosticsWebKeys.DISPLAY_CONTEXT);

BaseDisplayContext baseDisplayContext = editCompetenceDisplayContext;
%>

<portlet:actionURL name="<%= DiagnosticsWebKeys.MVC_EDIT_COMPETENCE %>" var="saveCompetenceURL" />

<clay:container-fluid cssClass="opora-diagnostics">
	<%@ include file="/tabs.jspf" %>

	<h2><liferay-ui:message key='<%= editCompetenceDisplayContext.isNew() ? "diagnostics-add-competence" : "diagnostics-edit-competence" %>' /></h2>

	<c:if test="<%= editCompetenceDisplayContext.getAreas().isEmpty() %>">
		<p class="text-secondary"><liferay-ui:message key="diagnostics-add-an-area-first" /></p>
	</c:if>

	<aui:form action="<%= saveCompetenceURL %>" method="post" name="competenceFm">
		<aui:input name="competenceId" type="hidden" value="<%= editCompetenceDisplayContext.getCompetenceId() %>" />

		<aui:input disabled="<%= !editCompetenceDisplayContext.isNew() %>" helpMessage='<%= editCompetenceDisplayContext.isNew() ? "diagnostics-code-help" : "diagnostics-code-fixed-help" %>' label="diagnostics-field-code" name="code" required="<%= true %>" type="text" value='<%= editCompetenceDisplayContext.getValue("code") %>' />

		<aui:select label="diagnostics-field-areaCode" name="areaCode" required="<%= true %>">

			<%
			for (CompetenceArea area : editCompetenceDisplayContext.getAreas()) {
			%>

				<aui:option label='<%= area.getCode() + " — " + area.getName() %>' localizeLabel="<%= false %>" selected='<%= area.getCode().equals(editCompetenceDisplayContext.getValue("areaCode")) %>' value="<%= area.getCode() %>" />

			<%
			}
			%>

		</aui:select>

		<aui:input label="diagnostics-field-name" name="name" required="<%= true %>" type="text" value='<%= editCompetenceDisplayContext.getValue("name") %>' />

		<aui:input helpMessage="diagnostics-threshold-help" label="diagnostics-column-threshold" name="threshold" required="<%= true %>" type="number" value='<%= editCompetenceDisplayContext.getValue("threshold") %>' />

		<aui:input helpMessage="diagnostics-items-per-session-help" label="diagnostics-field-itemsPerSession" name="itemsPerSession" required="<%= true %>" type="number" value='<%= editCompetenceDisplayContext.getValue("itemsPerSession") %>' />

		<aui:button-row>
			<aui:button type="submit" value="diagnostics-save" />
			<aui:button href="<%= editCompetenceDisplayContext.renderURL(DiagnosticsWebKeys.MVC_BANK) %>" type="cancel" value="diagnostics-back" />
		</aui:button-row>
	</aui:form>
</clay:container-fluid>
