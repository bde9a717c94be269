<%--
/**
 * SPDX-FileCopyrightText: (c) 2026 Opora
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
--%>

<%@ include file="/init.jsp" %>

<%
SchoolDisplayContext schoolDisplayContext = (SchoolDisplayContext)request.getAttribute(DiagnosticsWebKeys.DISPLAY_CONTEXT);

BaseDisplayContext baseDisplayContext = schoolDisplayContext;
%>

<clay:container-fluid cssClass="opora-diagnostics">
	<%@ include file="/tabs.jspf" %>

	<h2><liferay-ui:message key="diagnostics-my-school" /></h2>

	<c:if test="<%= schoolDisplayContext.getSchools().size() > 1 %>">
		<nav aria-label="<liferay-ui:message key="diagnostics-school" />">
			<ul class="nav nav-pills mb-3">

				<%
				for (School school : schoolDisplayContext.getSchools()) {
				%>

					<li class="nav-item"><a class="nav-link <%= (school.getSchoolId() == schoolDisplayContext.getSchoolId()) ? "active" : "" %>" href="<%= schoolDisplayContext.renderURL(DiagnosticsWebKeys.MVC_SCHOOL, "schoolId", String.valueOf(school.getSchoolId())) %>"><%= HtmlUtil.escape(school.getName()) %></a></li>

				<%
				}
				%>

			</ul>
		</nav>
	</c:if>

	<c:choose>
		<c:when test="<%= schoolDisplayContext.getAttempts().isEmpty() %>">
			<p><liferay-ui:message key="diagnostics-no-attempts-school" /></p>
		</c:when>
		<c:otherwise>
			<div class="table-responsive">
				<table class="table table-autofit">
					<caption class="sr-only"><liferay-ui:message key="diagnostics-my-school" /></caption>
					<thead>
						<tr>
							<th scope="col"><liferay-ui:message key="diagnostics-teacher" /></th>
							<th scope="col"><liferay-ui:message key="diagnostics-subject" /></th>
							<th scope="col"><liferay-ui:message key="diagnostics-status" /></th>
							<th scope="col"><liferay-ui:message key="diagnostics-date" /></th>
							<th scope="col"><span class="sr-only"><liferay-ui:message key="diagnostics-actions" /></span></th>
						</tr>
					</thead>
					<tbody>

						<%
						for (Attempt attempt : schoolDisplayContext.getAttempts()) {
						%>

							<tr>
								<td><%= HtmlUtil.escape(attempt.getUserName()) %></td>
								<td><%= HtmlUtil.escape(attempt.getSubject()) %></td>
								<td><%= HtmlUtil.escape(schoolDisplayContext.getStatusLabel(attempt)) %></td>
								<td><%= schoolDisplayContext.format(attempt.getSubmitDate()) %></td>
								<td>
									<c:if test="<%= attempt.getSubmitDate() != null %>">
										<a href="<%= schoolDisplayContext.renderURL(DiagnosticsWebKeys.MVC_RESULT, "attemptId", String.valueOf(attempt.getAttemptId())) %>"><liferay-ui:message key="diagnostics-view-result" /></a>
									</c:if>
								</td>
							</tr>

						<%
						}
						%>

					</tbody>
				</table>
			</div>
		</c:otherwise>
	</c:choose>
</clay:container-fluid>
