<%--
/**
 * SPDX-FileCopyrightText: (c) 2026 Opora
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
--%>

<%@ include file="/init.jsp" %>

<%
ResultDisplayContext resultDisplayContext = (ResultDisplayContext)request.getAttribute(DiagnosticsWebKeys.DISPLAY_CONTEXT);

BaseDisplayContext baseDisplayContext = resultDisplayContext;

String attemptIdString = String.valueOf(resultDisplayContext.getAttempt().getAttemptId());
%>

<clay:container-fluid cssClass="opora-diagnostics">
	<%@ include file="/tabs.jspf" %>

	<h2><liferay-ui:message arguments="<%= new Object[] {HtmlUtil.escape(resultDisplayContext.getAttempt().getUserName()), HtmlUtil.escape(resultDisplayContext.getAttempt().getSubject())} %>" key="diagnostics-result-of-x-y" translateArguments="<%= false %>" /></h2>

	<c:if test="<%= resultDisplayContext.isRepeated() %>">
		<p class="<%= resultDisplayContext.isPositiveDynamics() ? "text-success" : "text-secondary" %>">
			<liferay-ui:message key='<%= resultDisplayContext.isPositiveDynamics() ? "diagnostics-dynamics-positive" : "diagnostics-dynamics-not-positive" %>' />
		</p>
	</c:if>

	<div class="table-responsive">
		<table class="table table-autofit">
			<caption class="sr-only"><liferay-ui:message key="diagnostics-results" /></caption>
			<thead>
				<tr>
					<th scope="col"><liferay-ui:message key="diagnostics-competence" /></th>
					<th scope="col"><liferay-ui:message key="diagnostics-percent" /></th>
					<th scope="col"><liferay-ui:message key="diagnostics-threshold" /></th>
					<th scope="col"><liferay-ui:message key="diagnostics-explanation" /></th>
					<c:if test="<%= resultDisplayContext.isRepeated() %>">
						<th scope="col"><liferay-ui:message key="diagnostics-change" /></th>
					</c:if>
				</tr>
			</thead>
			<tbody>

				<%
				for (CompetenceRow row : resultDisplayContext.getRows()) {
				%>

					<tr class="<%= row.isDeficit() ? "table-warning" : "" %>">
						<th scope="row"><%= HtmlUtil.escape(row.getName()) %></th>
						<td><%= row.getPercent() %>%</td>
						<td><%= row.getThreshold() %>%</td>
						<td><%= HtmlUtil.escape(row.getExplanation()) %></td>
						<c:if test="<%= resultDisplayContext.isRepeated() %>">
							<td><%= HtmlUtil.escape(row.getChange()) %></td>
						</c:if>
					</tr>

				<%
				}
				%>

			</tbody>
		</table>
	</div>

	<h3><liferay-ui:message key="diagnostics-route" /></h3>

	<c:choose>
		<c:when test="<%= resultDisplayContext.getRoute() == null %>">
			<c:choose>
				<c:when test="<%= resultDisplayContext.hasDeficits() %>">
					<portlet:actionURL name="<%= DiagnosticsWebKeys.MVC_PROPOSE_ROUTE %>" var="proposeURL">
						<portlet:param name="attemptId" value="<%= attemptIdString %>" />
					</portlet:actionURL>

					<aui:form action="<%= proposeURL %>" method="post" name="proposeFm">
						<p><liferay-ui:message key="diagnostics-route-none" /></p>

						<aui:button type="submit" value="diagnostics-propose-route" />
					</aui:form>
				</c:when>
				<c:otherwise>
					<p><liferay-ui:message key="diagnostics-no-deficits" /></p>
				</c:otherwise>
			</c:choose>
		</c:when>
		<c:otherwise>
			<p>
				<liferay-ui:message key='<%= "diagnostics-route-status-" + resultDisplayContext.getRoute().getStatus() %>' />
				&middot;
				<liferay-ui:message arguments="<%= resultDisplayContext.format(resultDisplayContext.getRoute().getEndDate()) %>" key="diagnostics-route-until-x" />
			</p>

			<c:if test="<%= resultDisplayContext.isRouteDraft() && !resultDisplayContext.isTeacher() %>">
				<portlet:actionURL name="<%= DiagnosticsWebKeys.MVC_AGREE_ROUTE %>" var="agreeURL">
					<portlet:param name="attemptId" value="<%= attemptIdString %>" />
					<portlet:param name="routeId" value="<%= String.valueOf(resultDisplayContext.getRoute().getRouteId()) %>" />
				</portlet:actionURL>

				<aui:form action="<%= agreeURL %>" method="post" name="agreeFm">
					<aui:button type="submit" value="diagnostics-agree-route" />
				</aui:form>
			</c:if>

			<%
			for (RouteAction action : resultDisplayContext.getActions()) {
			%>

				<div class="card mb-2">
					<div class="card-body">
						<h4 class="h6">
							<liferay-ui:message key='<%= "diagnostics-action-" + action.getActionType() %>' />:
							<%= HtmlUtil.escape(action.getTitle()) %>
						</h4>

						<p class="mb-1">
							<liferay-ui:message arguments="<%= resultDisplayContext.format(action.getDeadline()) %>" key="diagnostics-deadline-x" />
							&middot;
							<liferay-ui:message key='<%= "diagnostics-evidence-" + action.getEvidence() %>' />
							&middot;
							<strong><liferay-ui:message key='<%= "diagnostics-action-status-" + action.getStatus() %>' /></strong>
						</p>

						<c:if test="<%= !resultDisplayContext.isDone(action) && resultDisplayContext.isTeacher() && !resultDisplayContext.isRouteDraft() %>">
							<portlet:actionURL name="<%= DiagnosticsWebKeys.MVC_COMPLETE_ACTION %>" var="completeURL">
								<portlet:param name="attemptId" value="<%= attemptIdString %>" />
								<portlet:param name="routeActionId" value="<%= String.valueOf(action.getRouteActionId()) %>" />
							</portlet:actionURL>

							<aui:form action="<%= completeURL %>" enctype="multipart/form-data" method="post" name='<%= "completeFm" + action.getRouteActionId() %>'>
								<aui:input label="diagnostics-evidence-file" name="evidence" required="<%= true %>" type="file" />
								<aui:input label="diagnostics-comment" name="comment" type="textarea" />
								<aui:button type="submit" value="diagnostics-mark-done" />
							</aui:form>
						</c:if>
					</div>
				</div>

			<%
			}
			%>

		</c:otherwise>
	</c:choose>
</clay:container-fluid>
