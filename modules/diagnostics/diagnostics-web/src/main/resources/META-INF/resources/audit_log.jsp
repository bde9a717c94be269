<%--
/**
 * SPDX-FileCopyrightText: (c) 2026 Opora
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
--%>

<%@ include file="/init.jsp" %>

<%
AuditLogDisplayContext auditLogDisplayContext = (AuditLogDisplayContext)request.getAttribute(DiagnosticsWebKeys.DISPLAY_CONTEXT);

BaseDisplayContext baseDisplayContext = auditLogDisplayContext;
ResultViewsDisplayContext resultViewsDisplayContext = auditLogDisplayContext;
%>

<portlet:resourceURL id="<%= DiagnosticsWebKeys.MVC_EXPORT_AUDIT_LOG %>" var="exportURL">
	<portlet:param name="scope" value='<%= auditLogDisplayContext.isRegion() ? "region" : "site" %>' />
	<portlet:param name="teacherUserId" value="<%= String.valueOf(auditLogDisplayContext.getTeacherUserId()) %>" />
	<portlet:param name="viewerUserId" value="<%= String.valueOf(auditLogDisplayContext.getViewerUserId()) %>" />
</portlet:resourceURL>

<clay:container-fluid cssClass="opora-diagnostics">
	<%@ include file="/tabs.jspf" %>

	<h2><liferay-ui:message key='<%= auditLogDisplayContext.isRegion() ? "diagnostics-audit-log-region" : "diagnostics-audit-log" %>' /></h2>

	<c:if test="<%= auditLogDisplayContext.hasRegionAccess() %>">
		<nav aria-label="<liferay-ui:message key="diagnostics-audit-log" />">
			<ul class="nav nav-pills mb-3">
				<li class="nav-item"><a class="nav-link <%= auditLogDisplayContext.isRegion() ? "" : "active" %>" href="<%= auditLogDisplayContext.getScopeURL(false) %>"><liferay-ui:message key="diagnostics-audit-log-site" /></a></li>
				<li class="nav-item"><a class="nav-link <%= auditLogDisplayContext.isRegion() ? "active" : "" %>" href="<%= auditLogDisplayContext.getScopeURL(true) %>"><liferay-ui:message key="diagnostics-audit-log-region" /></a></li>
			</ul>
		</nav>
	</c:if>

	<p class="text-secondary"><liferay-ui:message key="diagnostics-audit-log-help" /></p>

	<c:if test="<%= (auditLogDisplayContext.getTeacherUserId() > 0) || (auditLogDisplayContext.getViewerUserId() > 0) %>">
		<p>
			<c:if test="<%= auditLogDisplayContext.getTeacherUserId() > 0 %>">
				<span class="badge badge-info mr-2">
					<liferay-ui:message arguments="<%= HtmlUtil.escape(auditLogDisplayContext.getTeacherFilterName()) %>" key="diagnostics-audit-filter-teacher-x" />
					<a aria-label="<liferay-ui:message key="diagnostics-audit-filter-remove" />" class="ml-1" href="<%= auditLogDisplayContext.filterURL("teacherUserId", 0) %>">&times;</a>
				</span>
			</c:if>

			<c:if test="<%= auditLogDisplayContext.getViewerUserId() > 0 %>">
				<span class="badge badge-info mr-2">
					<liferay-ui:message arguments="<%= HtmlUtil.escape(auditLogDisplayContext.getViewerFilterName()) %>" key="diagnostics-audit-filter-viewer-x" />
					<a aria-label="<liferay-ui:message key="diagnostics-audit-filter-remove" />" class="ml-1" href="<%= auditLogDisplayContext.filterURL("viewerUserId", 0) %>">&times;</a>
				</span>
			</c:if>
		</p>
	</c:if>

	<c:choose>
		<c:when test="<%= auditLogDisplayContext.getViews().isEmpty() %>">
			<p><liferay-ui:message key="diagnostics-audit-log-empty" /></p>
		</c:when>
		<c:otherwise>
			<div class="table-responsive">
				<table class="table table-autofit">
					<caption class="sr-only"><liferay-ui:message key="diagnostics-audit-log" /></caption>
					<thead>
						<tr>
							<th scope="col"><liferay-ui:message key="diagnostics-audit-when" /></th>

							<c:if test="<%= auditLogDisplayContext.isRegion() %>">
								<th scope="col"><liferay-ui:message key="diagnostics-audit-site" /></th>
							</c:if>

							<th scope="col"><liferay-ui:message key="diagnostics-audit-viewer" /></th>
							<th scope="col"><liferay-ui:message key="diagnostics-audit-teacher" /></th>
							<th scope="col"><liferay-ui:message key="diagnostics-audit-what" /></th>
						</tr>
					</thead>
					<tbody>

						<%
						for (ResultView resultView : auditLogDisplayContext.getViews()) {
						%>

							<tr>
								<td><%= HtmlUtil.escape(auditLogDisplayContext.formatDateTime(resultView)) %></td>

								<c:if test="<%= auditLogDisplayContext.isRegion() %>">
									<td><%= HtmlUtil.escape(auditLogDisplayContext.getSiteName(resultView)) %></td>
								</c:if>

								<td><a href="<%= auditLogDisplayContext.filterURL("viewerUserId", resultView.getUserId()) %>" title="<liferay-ui:message key="diagnostics-audit-filter-by-viewer" />"><%= HtmlUtil.escape(auditLogDisplayContext.getViewerName(resultView)) %></a></td>
								<td><a href="<%= auditLogDisplayContext.filterURL("teacherUserId", resultView.getTeacherUserId()) %>" title="<liferay-ui:message key="diagnostics-audit-filter-by-teacher" />"><%= HtmlUtil.escape(auditLogDisplayContext.getTeacherName(resultView)) %></a></td>
								<td><%= HtmlUtil.escape(auditLogDisplayContext.getWhatLabel(resultView)) %></td>
							</tr>

						<%
						}
						%>

					</tbody>
				</table>
			</div>

			<%@ include file="/pager.jspf" %>

			<a class="btn btn-secondary" href="<%= exportURL %>"><liferay-ui:message key="diagnostics-export-excel" /></a>
		</c:otherwise>
	</c:choose>
</clay:container-fluid>
