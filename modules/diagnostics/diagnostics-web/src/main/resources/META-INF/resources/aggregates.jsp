<%--
/**
 * SPDX-FileCopyrightText: (c) 2026 Opora
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
--%>

<%@ include file="/init.jsp" %>

<%
AggregatesDisplayContext aggregatesDisplayContext = (AggregatesDisplayContext)request.getAttribute(DiagnosticsWebKeys.DISPLAY_CONTEXT);

BaseDisplayContext baseDisplayContext = aggregatesDisplayContext;
%>

<portlet:resourceURL id="<%= DiagnosticsWebKeys.MVC_EXPORT_AGGREGATES %>" var="exportURL">
	<portlet:param name="scope" value='<%= aggregatesDisplayContext.isRegion() ? "region" : "site" %>' />
</portlet:resourceURL>

<clay:container-fluid cssClass="opora-diagnostics">
	<%@ include file="/tabs.jspf" %>

	<h2><liferay-ui:message key='<%= aggregatesDisplayContext.isRegion() ? "diagnostics-aggregates-region" : "diagnostics-aggregates" %>' /></h2>

	<c:if test="<%= aggregatesDisplayContext.isRegionalCoordinator() %>">
		<nav aria-label="<liferay-ui:message key="diagnostics-aggregates" />">
			<ul class="nav nav-pills mb-3">
				<li class="nav-item"><a class="nav-link <%= aggregatesDisplayContext.isRegion() ? "" : "active" %>" href="<%= aggregatesDisplayContext.renderURL(DiagnosticsWebKeys.MVC_AGGREGATES) %>"><liferay-ui:message key="diagnostics-aggregates-site" /></a></li>
				<li class="nav-item"><a class="nav-link <%= aggregatesDisplayContext.isRegion() ? "active" : "" %>" href="<%= aggregatesDisplayContext.renderURL(DiagnosticsWebKeys.MVC_AGGREGATES, "scope", "region") %>"><liferay-ui:message key="diagnostics-aggregates-region" /></a></li>
			</ul>
		</nav>
	</c:if>

	<p class="text-secondary"><liferay-ui:message key="diagnostics-aggregates-help" /></p>

	<div class="table-responsive">
		<table class="table table-autofit">
			<caption class="sr-only"><liferay-ui:message key="diagnostics-aggregates" /></caption>
			<thead>
				<tr>

					<%
					for (String header : aggregatesDisplayContext.getHeaders()) {
					%>

						<th scope="col"><%= HtmlUtil.escape(header) %></th>

					<%
					}
					%>

				</tr>
			</thead>
			<tbody>

				<%
				for (List<String> row : aggregatesDisplayContext.getRows()) {
				%>

					<tr>
						<th scope="row"><%= HtmlUtil.escape(row.get(0)) %></th>

						<%
						for (String cell : row.subList(1, row.size())) {
						%>

							<td><%= HtmlUtil.escape(cell) %></td>

						<%
						}
						%>

					</tr>

				<%
				}
				%>

			</tbody>
		</table>
	</div>

	<a class="btn btn-secondary" href="<%= exportURL %>"><liferay-ui:message key="diagnostics-export-excel" /></a>
</clay:container-fluid>
