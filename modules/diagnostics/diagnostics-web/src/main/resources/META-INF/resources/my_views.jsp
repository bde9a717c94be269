<%--
/**
 * SPDX-FileCopyrightText: (c) 2026 Opora
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
--%>

<%@ include file="/init.jsp" %>

<%
MyViewsDisplayContext myViewsDisplayContext = (MyViewsDisplayContext)request.getAttribute(DiagnosticsWebKeys.DISPLAY_CONTEXT);

BaseDisplayContext baseDisplayContext = myViewsDisplayContext;
ResultViewsDisplayContext resultViewsDisplayContext = myViewsDisplayContext;
%>

<clay:container-fluid cssClass="opora-diagnostics">
	<%@ include file="/tabs.jspf" %>

	<h2><liferay-ui:message key="diagnostics-my-views" /></h2>

	<p class="text-secondary"><liferay-ui:message key="diagnostics-my-views-help" /></p>

	<c:choose>
		<c:when test="<%= myViewsDisplayContext.getViews().isEmpty() %>">
			<p><liferay-ui:message key="diagnostics-my-views-empty" /></p>
		</c:when>
		<c:otherwise>
			<div class="table-responsive">
				<table class="table table-autofit">
					<caption class="sr-only"><liferay-ui:message key="diagnostics-my-views" /></caption>
					<thead>
						<tr>
							<th scope="col"><liferay-ui:message key="diagnostics-audit-when" /></th>
							<th scope="col"><liferay-ui:message key="diagnostics-audit-viewer" /></th>
							<th scope="col"><liferay-ui:message key="diagnostics-audit-what" /></th>
						</tr>
					</thead>
					<tbody>

						<%
						for (ResultView resultView : myViewsDisplayContext.getViews()) {
						%>

							<tr>
								<td><%= HtmlUtil.escape(myViewsDisplayContext.formatDateTime(resultView)) %></td>
								<td><%= HtmlUtil.escape(myViewsDisplayContext.getViewerName(resultView)) %></td>
								<td><%= HtmlUtil.escape(myViewsDisplayContext.getWhatLabel(resultView)) %></td>
							</tr>

						<%
						}
						%>

					</tbody>
				</table>
			</div>

			<%@ include file="/pager.jspf" %>
		</c:otherwise>
	</c:choose>

	<a href="<%= myViewsDisplayContext.renderURL("/") %>"><liferay-ui:message key="diagnostics-back" /></a>
</clay:container-fluid>
