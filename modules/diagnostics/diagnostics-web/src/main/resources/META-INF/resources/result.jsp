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

							<c:if test="<%= action.getEvidenceFileEntryId() > 0 %>">
								<portlet:resourceURL id="<%= DiagnosticsWebKeys.MVC_DOWNLOAD_EVIDENCE %>" var="evidenceURL">
									<portlet:param name="routeActionId" value="<%= String.valueOf(action.getRouteActionId()) %>" />
								</portlet:resourceURL>

								&middot;
								<a href="<%= evidenceURL %>"><liferay-ui:message key="diagnostics-download-evidence" /></a>
							</c:if>
						</p>

						<c:if test="<%= !resultDisplayContext.isDone(action) && resultDisplayContext.canEditRoute() %>">
							<portlet:actionURL name="<%= DiagnosticsWebKeys.MVC_UPDATE_ACTION %>" var="updateActionURL">
								<portlet:param name="attemptId" value="<%= attemptIdString %>" />
								<portlet:param name="routeActionId" value="<%= String.valueOf(action.getRouteActionId()) %>" />
							</portlet:actionURL>

							<details class="mb-2">
								<summary><liferay-ui:message key="diagnostics-edit-action" /></summary>

								<aui:form action="<%= updateActionURL %>" method="post" name='<%= "updateActionFm" + action.getRouteActionId() %>'>
									<aui:input label="diagnostics-action-title" name="title" required="<%= true %>" value="<%= action.getTitle() %>" />
									<aui:input label="diagnostics-deadline" name="deadline" required="<%= true %>" type="date" value="<%= resultDisplayContext.inputDay(action.getDeadline()) %>" />
									<aui:input label="diagnostics-comment" name="comment" type="textarea" value="<%= action.getComment() %>" />
									<aui:button type="submit" value="diagnostics-save" />
								</aui:form>

								<portlet:actionURL name="<%= DiagnosticsWebKeys.MVC_DELETE_ACTION %>" var="deleteActionURL">
									<portlet:param name="attemptId" value="<%= attemptIdString %>" />
									<portlet:param name="routeActionId" value="<%= String.valueOf(action.getRouteActionId()) %>" />
								</portlet:actionURL>

								<aui:form action="<%= deleteActionURL %>" cssClass="mt-2" method="post" name='<%= "deleteActionFm" + action.getRouteActionId() %>'>
									<aui:button cssClass="btn-outline-danger" type="submit" value="diagnostics-delete-action" />
								</aui:form>
							</details>
						</c:if>

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

			<c:if test="<%= resultDisplayContext.canEditRoute() && !resultDisplayContext.getDeficitRows().isEmpty() %>">
				<portlet:actionURL name="<%= DiagnosticsWebKeys.MVC_ADD_ACTION %>" var="addActionURL">
					<portlet:param name="attemptId" value="<%= attemptIdString %>" />
					<portlet:param name="routeId" value="<%= String.valueOf(resultDisplayContext.getRoute().getRouteId()) %>" />
				</portlet:actionURL>

				<h3 class="h5 mt-3"><liferay-ui:message key="diagnostics-add-action" /></h3>

				<aui:form action="<%= addActionURL %>" method="post" name="addActionFm">
					<aui:select label="diagnostics-competence" name="competenceCode" required="<%= true %>">

						<%
						for (CompetenceRow deficitRow : resultDisplayContext.getDeficitRows()) {
						%>

							<aui:option label="<%= HtmlUtil.escape(deficitRow.getName()) %>" value="<%= deficitRow.getCode() %>" />

						<%
						}
						%>

					</aui:select>

					<aui:select label="diagnostics-action-type" name="actionType" required="<%= true %>">

						<%
						for (ActionType actionType : resultDisplayContext.getActionTypes()) {
						%>

							<aui:option label="<%= actionType.labelKey() %>" value="<%= actionType.code() %>" />

						<%
						}
						%>

					</aui:select>

					<aui:input label="diagnostics-action-title" name="title" required="<%= true %>" />
					<aui:input label="diagnostics-deadline" name="deadline" required="<%= true %>" type="date" />
					<aui:button type="submit" value="diagnostics-add-action" />
				</aui:form>
			</c:if>
		</c:otherwise>
	</c:choose>
</clay:container-fluid>
