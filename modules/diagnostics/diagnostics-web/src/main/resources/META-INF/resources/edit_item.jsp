<%--
/**
 * SPDX-FileCopyrightText: (c) 2026 Opora
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
--%>

<%@ include file="/init.jsp" %>

<%
EditItemDisplayContext editItemDisplayContext = (EditItemDisplayContext)request.getAttribute(DiagnosticsWebKeys.DISPLAY_CONTEXT);

BaseDisplayContext baseDisplayContext = editItemDisplayContext;
%>

<portlet:actionURL name="<%= DiagnosticsWebKeys.MVC_EDIT_ITEM %>" var="saveURL" />

<clay:container-fluid cssClass="opora-diagnostics">
	<%@ include file="/tabs.jspf" %>

	<h2><liferay-ui:message key='<%= editItemDisplayContext.isNew() ? "diagnostics-add-item" : "diagnostics-edit-item" %>' /></h2>

	<aui:form action="<%= saveURL %>" method="post" name="itemFm">
		<aui:input name="diagnosticItemId" type="hidden" value="<%= editItemDisplayContext.getDiagnosticItemId() %>" />

		<aui:input disabled="<%= !editItemDisplayContext.isNew() %>" label="diagnostics-column-code" name="code" required="<%= true %>" type="text" value='<%= editItemDisplayContext.getValue("code") %>' />

		<aui:select label="diagnostics-competence" name="competenceCode" required="<%= true %>">

			<%
			for (Competence competence : editItemDisplayContext.getCompetences()) {
			%>

				<aui:option label='<%= competence.code() + " — " + competence.name() %>' localizeLabel="<%= false %>" selected='<%= competence.code().equals(editItemDisplayContext.getValue("competenceCode")) %>' value="<%= competence.code() %>" />

			<%
			}
			%>

		</aui:select>

		<aui:select label="diagnostics-column-type" name="itemType" required="<%= true %>">

			<%
			for (ItemType itemType : editItemDisplayContext.getTypes()) {
			%>

				<aui:option label="<%= itemType.labelKey() %>" selected='<%= itemType.code().equals(editItemDisplayContext.getValue("itemType")) %>' value="<%= itemType.code() %>" />

			<%
			}
			%>

		</aui:select>

		<aui:input label="diagnostics-column-name" name="text" required="<%= true %>" type="textarea" value='<%= editItemDisplayContext.getValue("text") %>' />

		<aui:input helpMessage="diagnostics-options-help" label="diagnostics-column-options" name="options" type="textarea" value='<%= editItemDisplayContext.getValue("options") %>' />

		<aui:input helpMessage="diagnostics-matches-help" label="diagnostics-column-matches" name="matches" type="textarea" value='<%= editItemDisplayContext.getValue("matches") %>' />

		<aui:input helpMessage="diagnostics-key-help" label="diagnostics-column-key" name="scoringKey" required="<%= true %>" type="text" value='<%= editItemDisplayContext.getValue("scoringKey") %>' />

		<aui:input label="diagnostics-column-weight" name="weight" type="number" value='<%= editItemDisplayContext.getValue("weight") %>' />

		<aui:button-row>
			<aui:button type="submit" value="diagnostics-save" />
			<aui:button href="<%= editItemDisplayContext.renderURL(DiagnosticsWebKeys.MVC_BANK) %>" type="cancel" value="diagnostics-back" />
		</aui:button-row>
	</aui:form>
</clay:container-fluid>
