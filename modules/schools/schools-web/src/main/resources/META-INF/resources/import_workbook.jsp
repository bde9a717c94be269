<%--
/**
 * SPDX-FileCopyrightText: (c) 2026 Opora
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
--%>

<%@ include file="/init.jsp" %>

<%
ImportWorkbookDisplayContext importWorkbookDisplayContext = (ImportWorkbookDisplayContext)request.getAttribute(SchoolsWebKeys.DISPLAY_CONTEXT);

String fileRejectedMessage = importWorkbookDisplayContext.getFileRejectedMessage();
%>

<clay:container-fluid cssClass="opora-schools">
	<h2><liferay-ui:message key="opora-import-schools-results-and-context" /></h2>

	<c:if test="<%= fileRejectedMessage != null %>">
		<liferay-ui:error exception="<%= ImportFileRejectedException.class %>" message="<%= HtmlUtil.escape(fileRejectedMessage) %>" translateMessage="<%= false %>" />
	</c:if>

	<liferay-ui:error key="<%= SchoolsWebKeys.ERROR_FILE_REQUIRED %>" message="opora-choose-a-workbook-to-import" />
	<liferay-ui:error exception="<%= UploadException.class %>" message="opora-the-file-could-not-be-uploaded-it-may-be-too-large" />

	<p class="text-secondary">
		<liferay-ui:message key="opora-import-help" />
	</p>

	<p>
		<clay:link
			displayType="secondary"
			href="<%= importWorkbookDisplayContext.getTemplateURL() %>"
			icon="download"
			label="opora-download-the-template"
			type="button"
		/>

		<c:if test="<%= importWorkbookDisplayContext.hasLastImport() %>">
			<clay:link
				displayType="link"
				href="<%= importWorkbookDisplayContext.getLastImportURL() %>"
				label="opora-result-of-the-last-import"
			/>
		</c:if>
	</p>

	<aui:form action="<%= importWorkbookDisplayContext.getActionURL() %>" enctype="multipart/form-data" method="post" name="fm">
		<clay:sheet size="full">
			<aui:input accept=".xlsx" helpMessage="opora-workbook-help" label="opora-workbook" name="file" required="<%= true %>" type="file" />

			<aui:fieldset label="opora-import-mode">

				<%
				for (ImportWorkbookDisplayContext.ModeOption modeOption : importWorkbookDisplayContext.getModeOptions()) {
				%>

					<aui:input checked="<%= modeOption.isSelected() %>" id='<%= "mode" + modeOption.getValue() %>' label="<%= HtmlUtil.escape(modeOption.getLabel()) %>" localizeLabel="<%= false %>" name="mode" type="radio" value="<%= modeOption.getValue() %>" />

					<p class="form-text ml-4 text-secondary"><%= HtmlUtil.escape(modeOption.getHelp()) %></p>

				<%
				}
				%>

			</aui:fieldset>
		</clay:sheet>

		<aui:button-row>
			<aui:button primary="<%= true %>" type="submit" value="opora-check-or-import" />

			<aui:button href="<%= importWorkbookDisplayContext.getViewSchoolsURL() %>" type="cancel" value="opora-cancel" />
		</aui:button-row>
	</aui:form>
</clay:container-fluid>
