<%--
/**
 * SPDX-FileCopyrightText: (c) 2026 Opora
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
--%>

<%@ include file="/init.jsp" %>

<%
HomeDisplayContext homeDisplayContext = (HomeDisplayContext)request.getAttribute(DiagnosticsWebKeys.DISPLAY_CONTEXT);

BaseDisplayContext baseDisplayContext = homeDisplayContext;
%>

<clay:container-fluid cssClass="opora-diagnostics">
	<%@ include file="/tabs.jspf" %>

	<h2><liferay-ui:message key="diagnostics-my-diagnostics" /></h2>

	<c:if test="<%= !homeDisplayContext.hasConsent() %>">
		<portlet:actionURL name="<%= DiagnosticsWebKeys.MVC_CONSENT %>" var="consentURL" />

		<div class="card mb-3">
			<div class="card-body">
				<h3 class="card-title"><liferay-ui:message key="diagnostics-consent-title" /></h3>

				<p><liferay-ui:message key="diagnostics-consent-text-1" /></p>

				<aui:form action="<%= consentURL %>" method="post" name="consentFm">
					<aui:input label="diagnostics-consent-agree" name="agree" required="<%= true %>" type="checkbox" />

					<aui:button type="submit" value="diagnostics-consent-give" />
				</aui:form>
			</div>
		</div>
	</c:if>

	<c:choose>
		<c:when test="<%= homeDisplayContext.getAttempts().isEmpty() %>">
			<p><liferay-ui:message key="diagnostics-no-attempts" /></p>
		</c:when>
		<c:otherwise>
			<div class="table-responsive">
				<table class="table table-autofit">
					<caption class="sr-only"><liferay-ui:message key="diagnostics-my-diagnostics" /></caption>
					<thead>
						<tr>
							<th scope="col"><liferay-ui:message key="diagnostics-subject" /></th>
							<th scope="col"><liferay-ui:message key="diagnostics-status" /></th>
							<th scope="col"><liferay-ui:message key="diagnostics-date" /></th>
							<th scope="col"><span class="sr-only"><liferay-ui:message key="diagnostics-actions" /></span></th>
						</tr>
					</thead>
					<tbody>

						<%
						for (Attempt attempt : homeDisplayContext.getAttempts()) {
						%>

							<tr>
								<td><%= HtmlUtil.escape(attempt.getSubject()) %></td>
								<td><%= HtmlUtil.escape(homeDisplayContext.getStatusLabel(attempt)) %></td>
								<td><%= homeDisplayContext.format((attempt.getSubmitDate() != null) ? attempt.getSubmitDate() : attempt.getCreateDate()) %></td>
								<td>
									<c:choose>
										<c:when test="<%= homeDisplayContext.isOpen(attempt) %>">
											<c:if test="<%= homeDisplayContext.hasConsent() %>">
												<portlet:actionURL name="<%= DiagnosticsWebKeys.MVC_START %>" var="startURL">
													<portlet:param name="attemptId" value="<%= String.valueOf(attempt.getAttemptId()) %>" />
												</portlet:actionURL>

												<aui:form action="<%= startURL %>" method="post" name='<%= "startFm" + attempt.getAttemptId() %>'>
													<aui:button type="submit" value='<%= "in-progress".equals(attempt.getStatus()) ? "diagnostics-resume" : "diagnostics-start" %>' />
												</aui:form>
											</c:if>
										</c:when>
										<c:otherwise>
											<a href="<%= homeDisplayContext.renderURL(DiagnosticsWebKeys.MVC_RESULT, "attemptId", String.valueOf(attempt.getAttemptId())) %>"><liferay-ui:message key="diagnostics-view-result" /></a>
										</c:otherwise>
									</c:choose>
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

	<c:if test="<%= homeDisplayContext.getViewsByOthers() > 0 %>">
		<p><a href="<%= homeDisplayContext.renderURL(DiagnosticsWebKeys.MVC_MY_VIEWS) %>"><liferay-ui:message arguments="<%= homeDisplayContext.getViewsByOthers() %>" key="diagnostics-my-views-link" /></a></p>
	</c:if>
</clay:container-fluid>
