<%--
/**
 * SPDX-FileCopyrightText: (c) 2026 Opora
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
--%>

<%@ include file="/init.jsp" %>

<%
ImportResultDisplayContext importResultDisplayContext = (ImportResultDisplayContext)request.getAttribute(SchoolsWebKeys.DISPLAY_CONTEXT);
%>

<clay:container-fluid cssClass="opora-schools opora-import-result">
	<liferay-ui:error exception="<%= ImportRejectedException.class %>" message="opora-the-file-has-rejected-rows-so-nothing-was-imported" />

	<h2><liferay-ui:message key="opora-import-result" /></h2>

	<p>
		<strong><liferay-ui:message key="opora-workbook" />:</strong> <%= HtmlUtil.escape(importResultDisplayContext.getFileName()) %>
		&middot;
		<strong><liferay-ui:message key="opora-import-mode" />:</strong> <%= HtmlUtil.escape(importResultDisplayContext.getModeLabel()) %>
	</p>

	<clay:alert
		displayType='<%= importResultDisplayContext.isRolledBack() ? "danger" : (importResultDisplayContext.isClean() ? "success" : "warning") %>'
	>
		<%= HtmlUtil.escape(importResultDisplayContext.getSummary()) %>

		<c:if test="<%= importResultDisplayContext.isRolledBack() %>">
			<strong><liferay-ui:message key="opora-nothing-was-stored" /></strong>
		</c:if>
	</clay:alert>

	<c:if test="<%= importResultDisplayContext.isStored() %>">
		<table class="opora-import-stored table table-autofit">
			<thead>
				<tr>
					<th><liferay-ui:message key="opora-import-added" /></th>
					<th><liferay-ui:message key="opora-import-updated" /></th>
					<th><liferay-ui:message key="opora-import-unchanged" /></th>
				</tr>
			</thead>

			<tbody>
				<tr>
					<td><%= importResultDisplayContext.getAdded() %></td>
					<td><%= importResultDisplayContext.getUpdated() %></td>
					<td><%= importResultDisplayContext.getUnchanged() %></td>
				</tr>
			</tbody>
		</table>
	</c:if>

	<h3><liferay-ui:message key="opora-import-sheets" /></h3>

	<table class="opora-import-sheets table table-autofit">
		<thead>
			<tr>
				<th><liferay-ui:message key="opora-import-sheet" /></th>
				<th><liferay-ui:message key="opora-import-rows-read" /></th>
				<th><liferay-ui:message key="opora-import-rows-accepted" /></th>
				<th><liferay-ui:message key="opora-import-rows-rejected" /></th>
			</tr>
		</thead>

		<tbody>

			<%
			for (ImportResultDisplayContext.SheetRow sheetRow : importResultDisplayContext.getSheetRows()) {
			%>

				<tr>
					<td><%= HtmlUtil.escape(sheetRow.getLabel()) %></td>
					<td><%= sheetRow.getRead() %></td>
					<td><%= sheetRow.getAccepted() %></td>
					<td><%= sheetRow.getRejected() %></td>
				</tr>

			<%
			}
			%>

		</tbody>
	</table>

	<c:if test="<%= importResultDisplayContext.getStoreErrorCount() > 0 %>">
		<p class="text-secondary">
			<liferay-ui:message arguments="<%= importResultDisplayContext.getStoreErrorCount() %>" key="opora-import-store-errors-x" />
		</p>
	</c:if>

	<c:if test="<%= !importResultDisplayContext.isClean() %>">
		<h3><liferay-ui:message key="opora-import-rejected-rows" /></h3>

		<p>
			<clay:link
				displayType="secondary"
				href="<%= importResultDisplayContext.getDownloadReportURL() %>"
				icon="download"
				label="opora-download-the-report"
				type="button"
			/>
		</p>

		<c:if test="<%= importResultDisplayContext.isTruncated() %>">
			<p class="text-secondary">
				<liferay-ui:message arguments="<%= new Object[] {importResultDisplayContext.getErrorRows().size(), importResultDisplayContext.getErrorCount()} %>" key="opora-import-showing-x-of-x-rejected-rows" />
			</p>
		</c:if>

		<table class="opora-import-errors table table-autofit table-striped">
			<thead>
				<tr>
					<th><liferay-ui:message key="opora-import-sheet" /></th>
					<th><liferay-ui:message key="opora-import-row" /></th>
					<th><liferay-ui:message key="opora-import-column" /></th>
					<th><liferay-ui:message key="opora-import-header" /></th>
					<th><liferay-ui:message key="opora-import-reason" /></th>
				</tr>
			</thead>

			<tbody>

				<%
				for (ImportResultDisplayContext.ErrorRow errorRow : importResultDisplayContext.getErrorRows()) {
				%>

					<tr>
						<td><%= HtmlUtil.escape(errorRow.getSheetName()) %></td>
						<td><%= errorRow.getRow() %></td>
						<td><%= HtmlUtil.escape(errorRow.getColumnLetter()) %></td>
						<td><%= HtmlUtil.escape(errorRow.getColumnHeader()) %></td>
						<td class="table-cell-expand"><%= HtmlUtil.escape(errorRow.getReason()) %></td>
					</tr>

				<%
				}
				%>

			</tbody>
		</table>
	</c:if>

	<aui:button-row>
		<clay:link
			displayType="primary"
			href="<%= importResultDisplayContext.getImportAgainURL() %>"
			label="opora-import-another-file"
			type="button"
		/>

		<clay:link
			displayType="secondary"
			href="<%= importResultDisplayContext.getViewSchoolsURL() %>"
			label="opora-back-to-the-schools"
			type="button"
		/>
	</aui:button-row>
</clay:container-fluid>
