<%--
/**
 * SPDX-FileCopyrightText: (c) 2026 Opora
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
--%>

<%@ include file="/init.jsp" %>

<%@ page import="java.util.Map" %><%@
page import="ru.opora.diagnostics.web.internal.display.context.ImportResultsDisplayContext" %>

<%
ImportResultsDisplayContext importResultsDisplayContext = (ImportResultsDisplayContext)request.getAttribute(DiagnosticsWebKeys.DISPLAY_CONTEXT);

BaseDisplayContext baseDisplayContext = importResultsDisplayContext;

List<String> fixedHeaders = importResultsDisplayContext.getFixedHeaders();
%>

<portlet:actionURL name="<%= DiagnosticsWebKeys.MVC_IMPORT_RESULTS %>" var="importResultsURL" />

<portlet:resourceURL id="<%= DiagnosticsWebKeys.MVC_RESULTS_TEMPLATE %>" var="templateURL" />

<clay:container-fluid cssClass="opora-diagnostics">
	<%@ include file="/tabs.jspf" %>

	<h2><liferay-ui:message key="diagnostics-results-import" /></h2>

	<c:if test="<%= importResultsDisplayContext.getImported() != null %>">
		<div class="alert alert-success" role="status"><liferay-ui:message arguments="<%= importResultsDisplayContext.getImported() %>" key="diagnostics-results-imported-x" /></div>
	</c:if>

	<p><liferay-ui:message key="diagnostics-results-import-intro" /></p>

	<c:choose>
		<c:when test="<%= !importResultsDisplayContext.isBankPublished() %>">
			<div class="alert alert-warning" role="status"><liferay-ui:message key="opora-error-diagnostics-no-published-bank" /></div>
		</c:when>
		<c:otherwise>
			<h3><liferay-ui:message key="diagnostics-results-columns" /></h3>

			<div class="table-responsive">
				<table class="table table-autofit">
					<caption class="sr-only"><liferay-ui:message key="diagnostics-results-columns" /></caption>
					<thead>
						<tr>
							<th scope="col"><liferay-ui:message key="diagnostics-results-column-letter" /></th>
							<th scope="col"><liferay-ui:message key="diagnostics-results-column-header" /></th>
							<th scope="col"><liferay-ui:message key="diagnostics-results-column-content" /></th>
						</tr>
					</thead>
					<tbody>

						<%
						for (int i = 0; i < fixedHeaders.size(); i++) {
						%>

							<tr>
								<td><%= importResultsDisplayContext.getLetter(i) %></td>
								<th scope="row"><%= HtmlUtil.escape(fixedHeaders.get(i)) %></th>
								<td><%= HtmlUtil.escape(importResultsDisplayContext.getFixedHelp(i)) %></td>
							</tr>

						<%
						}
						%>

						<tr>
							<td><%= importResultsDisplayContext.getLetter(fixedHeaders.size()) %>…</td>
							<th scope="row"><liferay-ui:message key="diagnostics-results-column-results" /></th>
							<td><liferay-ui:message key="diagnostics-results-column-results-help" /></td>
						</tr>
					</tbody>
				</table>
			</div>

			<h3><liferay-ui:message key="diagnostics-results-competences" /></h3>

			<div class="table-responsive">
				<table class="table table-autofit">
					<caption class="sr-only"><liferay-ui:message key="diagnostics-results-competences" /></caption>
					<thead>
						<tr>
							<th scope="col"><liferay-ui:message key="diagnostics-column-code" /></th>
							<th scope="col"><liferay-ui:message key="diagnostics-competence" /></th>
						</tr>
					</thead>
					<tbody>

						<%
						for (Map.Entry<String, String> competence : importResultsDisplayContext.getCompetenceNames().entrySet()) {
						%>

							<tr>
								<td><%= HtmlUtil.escape(competence.getKey()) %></td>
								<td><%= HtmlUtil.escape(competence.getValue()) %></td>
							</tr>

						<%
						}
						%>

					</tbody>
				</table>
			</div>

			<h3><liferay-ui:message key="diagnostics-results-rules" /></h3>

			<ul>
				<li><liferay-ui:message key="diagnostics-results-rule-all-or-nothing" /></li>
				<li><liferay-ui:message key="diagnostics-results-rule-staff" /></li>
				<li><liferay-ui:message key="diagnostics-results-rule-reimport" /></li>
				<li><liferay-ui:message key="diagnostics-results-rule-percent" /></li>
				<li><liferay-ui:message key="diagnostics-results-rule-privacy" /></li>
			</ul>

			<p><a class="btn btn-secondary" href="<%= templateURL %>"><liferay-ui:message key="diagnostics-results-template" /></a></p>

			<aui:form action="<%= importResultsURL %>" cssClass="mb-4" enctype="multipart/form-data" method="post" name="importResultsFm">
				<aui:input helpMessage="diagnostics-results-workbook-help" label="diagnostics-results-workbook" name="workbook" required="<%= true %>" type="file" />

				<aui:button type="submit" value="diagnostics-import" />
			</aui:form>
		</c:otherwise>
	</c:choose>
</clay:container-fluid>
