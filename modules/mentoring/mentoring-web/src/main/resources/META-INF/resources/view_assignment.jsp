<%--
/**
 * SPDX-FileCopyrightText: (c) 2026 Opora
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
--%>

<%@ include file="/init.jsp" %>

<%
AssignmentDisplayContext assignmentDisplayContext = (AssignmentDisplayContext)request.getAttribute(MentoringWebKeys.DISPLAY_CONTEXT);

BaseMentoringDisplayContext baseDisplayContext = assignmentDisplayContext;

FormErrors formErrors = assignmentDisplayContext.getFormErrors();

MentorAssignment mentorAssignment = assignmentDisplayContext.getMentorAssignment();

List<String> explanation = assignmentDisplayContext.getExplanation();
%>

<clay:container-fluid cssClass="opora-mentoring">
	<%@ include file="/tabs.jspf" %>

	<liferay-ui:success key="<%= MentoringWebKeys.SUCCESS_ASSIGNMENT_SAVED %>" message="opora-mentoring-the-assignment-was-saved" />
	<liferay-ui:success key="<%= MentoringWebKeys.SUCCESS_STATUS_CHANGED %>" message="opora-mentoring-the-status-was-changed" />
	<liferay-ui:success key="<%= MentoringWebKeys.SUCCESS_SUPPORT_EVENT_DELETED %>" message="opora-mentoring-the-event-was-deleted" />
	<liferay-ui:success key="<%= MentoringWebKeys.SUCCESS_SUPPORT_EVENT_REPORTED %>" message="opora-mentoring-the-report-was-saved" />
	<liferay-ui:success key="<%= MentoringWebKeys.SUCCESS_SUPPORT_EVENT_SAVED %>" message="opora-mentoring-the-event-was-saved" />

	<%@ include file="/form_errors.jspf" %>

	<clay:link
		displayType="secondary"
		href="<%= assignmentDisplayContext.getBackURL() %>"
		label="opora-mentoring-back"
		type="button"
	/>

	<h2 class="mt-3"><%= HtmlUtil.escape(assignmentDisplayContext.getNames().school(mentorAssignment.getSupportedSchoolId())) %></h2>

	<dl class="row">
		<dt class="col-md-3"><liferay-ui:message key="opora-field-kind" /></dt>
		<dd class="col-md-9"><%= HtmlUtil.escape(assignmentDisplayContext.getLabels().kind(mentorAssignment.getAssignmentKind())) %></dd>

		<dt class="col-md-3"><liferay-ui:message key="opora-mentoring-mentor" /></dt>
		<dd class="col-md-9"><%= HtmlUtil.escape(assignmentDisplayContext.getAssignmentMentor(mentorAssignment)) %></dd>

		<dt class="col-md-3"><liferay-ui:message key="opora-mentoring-period" /></dt>
		<dd class="col-md-9"><%= HtmlUtil.escape(assignmentDisplayContext.getAssignmentPeriod(mentorAssignment)) %></dd>

		<dt class="col-md-3"><liferay-ui:message key="opora-field-status" /></dt>
		<dd class="col-md-9">
			<%= HtmlUtil.escape(assignmentDisplayContext.getLabels().status(mentorAssignment.getAssignmentStatus())) %>

			<c:if test="<%= (mentorAssignment.getStatusReason() != null) && !mentorAssignment.getStatusReason().isEmpty() %>">
				(<%= HtmlUtil.escape(mentorAssignment.getStatusReason()) %>)
			</c:if>
		</dd>

		<dt class="col-md-3"><liferay-ui:message key="opora-mentoring-order" /></dt>
		<dd class="col-md-9">
			<c:choose>
				<c:when test="<%= (mentorAssignment.getOrderNumber() != null) && !mentorAssignment.getOrderNumber().isEmpty() %>">
					<liferay-ui:message arguments="<%= new Object[] {HtmlUtil.escape(mentorAssignment.getOrderNumber()), assignmentDisplayContext.getDates().format(mentorAssignment.getOrderLocalDate())} %>" key="opora-mentoring-order-x-of-x" translateArguments="<%= false %>" />
				</c:when>
				<c:otherwise>
					<liferay-ui:message key="opora-mentoring-no-order" />
				</c:otherwise>
			</c:choose>

			<%
			String orderFileURL = assignmentDisplayContext.getOrderFileURL();
			%>

			<c:if test="<%= orderFileURL != null %>">
				<a href="<%= HtmlUtil.escapeHREF(orderFileURL) %>" rel="noopener" target="_blank"><liferay-ui:message key="opora-field-order-file" /></a>
			</c:if>
		</dd>
	</dl>

	<c:if test="<%= !explanation.isEmpty() %>">
		<h3><liferay-ui:message key="opora-mentoring-why-this-mentor" /></h3>

		<ul class="opora-mentoring-explanation">

			<%
			for (String line : explanation) {
			%>

				<li><%= HtmlUtil.escape(line) %></li>

			<%
			}
			%>

		</ul>
	</c:if>

	<c:if test="<%= assignmentDisplayContext.isShowEdit() %>">
		<clay:link
			cssClass="mt-3"
			displayType="secondary"
			href="<%= assignmentDisplayContext.getEditAssignmentURL() %>"
			label="opora-mentoring-edit-assignment"
			type="button"
		/>
	</c:if>

	<c:if test="<%= assignmentDisplayContext.isShowActivate() || assignmentDisplayContext.isShowFinish() || assignmentDisplayContext.isShowCancel() %>">
		<h3 class="mt-3"><liferay-ui:message key="opora-mentoring-change-status" /></h3>

		<clay:row>
			<c:if test="<%= assignmentDisplayContext.isShowActivate() %>">
				<clay:col md="4">
					<aui:form action="<%= assignmentDisplayContext.getStatusActionURL(MentoringWebKeys.MVC_ACTIVATE_ASSIGNMENT) %>" method="post" name="activateFm">
						<aui:input label="opora-mentoring-comment" name="comment" type="textarea" value="" />

						<aui:button primary="<%= true %>" type="submit" value="opora-mentoring-activate" />
					</aui:form>
				</clay:col>
			</c:if>

			<c:if test="<%= assignmentDisplayContext.isShowFinish() %>">
				<clay:col md="4">
					<aui:form action="<%= assignmentDisplayContext.getStatusActionURL(MentoringWebKeys.MVC_FINISH_ASSIGNMENT) %>" method="post" name="finishFm">
						<aui:input label="opora-mentoring-comment" name="comment" type="textarea" value="" />

						<aui:button type="submit" value="opora-mentoring-finish" />
					</aui:form>
				</clay:col>
			</c:if>

			<c:if test="<%= assignmentDisplayContext.isShowCancel() %>">
				<clay:col cssClass='<%= formErrors.getWrapperCssClass("statusReason") %>' md="4">
					<aui:form action="<%= assignmentDisplayContext.getStatusActionURL(MentoringWebKeys.MVC_CANCEL_ASSIGNMENT) %>" method="post" name="cancelFm">
						<aui:input label="opora-mentoring-cancellation-reason" name="reason" required="<%= true %>" type="textarea" value="" />

						<aui:button type="submit" value="opora-mentoring-cancel-assignment" />
					</aui:form>
				</clay:col>
			</c:if>
		</clay:row>
	</c:if>

	<clay:row cssClass="align-items-center mt-3">
		<clay:col md="8">
			<h3 class="mb-0"><liferay-ui:message key="opora-mentoring-support-plan" /></h3>

			<c:if test="<%= assignmentDisplayContext.getOverdueCount() > 0 %>">
				<span class="text-danger"><liferay-ui:message arguments="<%= new Object[] {assignmentDisplayContext.getOverdueCount(), assignmentDisplayContext.getGraceDays()} %>" key="opora-mentoring-x-overdue-events-more-than-x-days" /></span>
			</c:if>
		</clay:col>

		<clay:col cssClass="text-md-right" md="4">
			<c:if test="<%= assignmentDisplayContext.isShowAddEvent() %>">
				<clay:link
					displayType="primary"
					href="<%= assignmentDisplayContext.getAddEventURL() %>"
					icon="plus"
					label="opora-mentoring-add-event"
					type="button"
				/>
			</c:if>
		</clay:col>
	</clay:row>

	<table class="mt-2 table table-autofit table-list">
		<thead>
			<tr>
				<th><liferay-ui:message key="opora-field-planned-date" /></th>
				<th><liferay-ui:message key="opora-field-event-type" /></th>
				<th><liferay-ui:message key="opora-field-title" /></th>
				<th><liferay-ui:message key="opora-field-participants" /></th>
				<th><liferay-ui:message key="opora-field-expected-result" /></th>
				<th><liferay-ui:message key="opora-field-status" /></th>
				<th><liferay-ui:message key="opora-field-outcome" /></th>
				<th><liferay-ui:message key="opora-mentoring-actions" /></th>
			</tr>
		</thead>

		<tbody>
			<c:if test="<%= assignmentDisplayContext.getEventRows().isEmpty() %>">
				<tr>
					<td colspan="8"><liferay-ui:message key="opora-mentoring-no-events" /></td>
				</tr>
			</c:if>

			<%
			for (EventRow eventRow : assignmentDisplayContext.getEventRows()) {
				SupportEvent supportEvent = eventRow.getSupportEvent();
			%>

				<tr class="<%= eventRow.getCssClass() %>">
					<td><%= HtmlUtil.escape(assignmentDisplayContext.getDates().format(eventRow.getPlannedDate())) %></td>
					<td><%= HtmlUtil.escape(assignmentDisplayContext.getLabels().eventType(supportEvent.getSupportEventType())) %></td>
					<td><%= HtmlUtil.escape(supportEvent.getTitle()) %></td>
					<td><%= HtmlUtil.escape(supportEvent.getParticipants()) %></td>
					<td><%= HtmlUtil.escape(supportEvent.getExpectedResult()) %></td>
					<td>
						<%= HtmlUtil.escape(assignmentDisplayContext.getLabels().eventStatus(supportEvent.getSupportEventStatus())) %>

						<c:if test="<%= eventRow.isOverdue() %>">
							<clay:label displayType="danger" label="opora-mentoring-overdue" />
						</c:if>

						<c:if test="<%= supportEvent.getReportLocalDate() != null %>">
							<div class="text-secondary"><%= HtmlUtil.escape(assignmentDisplayContext.getDates().format(supportEvent.getReportLocalDate())) %></div>
						</c:if>
					</td>
					<td><%= HtmlUtil.escape(supportEvent.getOutcome()) %></td>
					<td>
						<c:if test="<%= assignmentDisplayContext.isShowReportEvent(eventRow) %>">
							<clay:link
								displayType="primary"
								href="<%= assignmentDisplayContext.getReportEventURL(supportEvent) %>"
								label="opora-mentoring-report"
								small="<%= true %>"
								type="button"
							/>
						</c:if>

						<clay:link
							displayType="secondary"
							href="<%= assignmentDisplayContext.getEventMaterialsURL(supportEvent) %>"
							label='<%= assignmentDisplayContext.getEventMaterialsLabel(supportEvent) %>'
							small="<%= true %>"
							type="button"
						/>

						<c:if test="<%= assignmentDisplayContext.isShowEditEvent(eventRow) %>">
							<clay:link
								displayType="secondary"
								href="<%= assignmentDisplayContext.getEditEventURL(supportEvent) %>"
								label="opora-mentoring-edit"
								small="<%= true %>"
								type="button"
							/>

							<liferay-ui:icon-delete
								confirmation="opora-mentoring-are-you-sure-you-want-to-delete-this-event"
								message="opora-mentoring-delete"
								url="<%= assignmentDisplayContext.getDeleteEventURL(supportEvent) %>"
							/>
						</c:if>
					</td>
				</tr>

			<%
			}
			%>

		</tbody>
	</table>

	<h3><liferay-ui:message key="opora-mentoring-history" /></h3>

	<table class="table table-autofit table-list">
		<thead>
			<tr>
				<th><liferay-ui:message key="opora-mentoring-when" /></th>
				<th><liferay-ui:message key="opora-mentoring-who" /></th>
				<th><liferay-ui:message key="opora-mentoring-from-status" /></th>
				<th><liferay-ui:message key="opora-mentoring-to-status" /></th>
				<th><liferay-ui:message key="opora-mentoring-comment" /></th>
			</tr>
		</thead>

		<tbody>

			<%
			for (MentorAssignmentHistory mentorAssignmentHistory : assignmentDisplayContext.getHistories()) {
			%>

				<tr>
					<td><%= HtmlUtil.escape(assignmentDisplayContext.formatDateTime(mentorAssignmentHistory.getCreateDate())) %></td>
					<td><%= HtmlUtil.escape(mentorAssignmentHistory.getUserName()) %></td>
					<td><%= HtmlUtil.escape(assignmentDisplayContext.getLabels().status(mentorAssignmentHistory.getOldStatus())) %></td>
					<td><%= HtmlUtil.escape(assignmentDisplayContext.getLabels().status(mentorAssignmentHistory.getNewStatus())) %></td>
					<td><%= HtmlUtil.escape(mentorAssignmentHistory.getComment()) %></td>
				</tr>

			<%
			}
			%>

		</tbody>
	</table>
</clay:container-fluid>
