<%--
/**
 * SPDX-FileCopyrightText: (c) 2026 Opora
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
--%>

<%@ include file="/init.jsp" %>

<%
MySchoolsDisplayContext mySchoolsDisplayContext = (MySchoolsDisplayContext)request.getAttribute(MentoringWebKeys.DISPLAY_CONTEXT);

BaseMentoringDisplayContext baseDisplayContext = mySchoolsDisplayContext;
%>

<clay:container-fluid cssClass="opora-mentoring">
	<%@ include file="/tabs.jspf" %>

	<h2><liferay-ui:message key="opora-mentoring-my-schools" /></h2>

	<c:if test="<%= !mySchoolsDisplayContext.getOverdue().isEmpty() %>">
		<clay:alert
			displayType="danger"
			message='<%= LanguageUtil.format(request, "opora-mentoring-x-overdue-events-more-than-x-days", new Object[] {mySchoolsDisplayContext.getOverdue().size(), mySchoolsDisplayContext.getGraceDays()}, false) %>'
		/>

		<table class="table table-autofit table-list">
			<thead>
				<tr>
					<th><liferay-ui:message key="opora-field-planned-date" /></th>
					<th><liferay-ui:message key="opora-field-supported-school-id" /></th>
					<th><liferay-ui:message key="opora-field-title" /></th>
					<th><liferay-ui:message key="opora-mentoring-actions" /></th>
				</tr>
			</thead>

			<tbody>

				<%
				for (EventRow eventRow : mySchoolsDisplayContext.getOverdue()) {
					SupportEvent supportEvent = eventRow.getSupportEvent();
				%>

					<tr class="<%= eventRow.getCssClass() %>">
						<td><%= HtmlUtil.escape(mySchoolsDisplayContext.getDates().format(eventRow.getPlannedDate())) %></td>
						<td><%= HtmlUtil.escape(mySchoolsDisplayContext.getEventSchool(supportEvent)) %></td>
						<td><%= HtmlUtil.escape(supportEvent.getTitle()) %></td>
						<td>
							<c:if test="<%= !mySchoolsDisplayContext.getViewAssignmentURL(supportEvent.getMentorAssignmentId()).isEmpty() %>">
								<clay:link
									displayType="secondary"
									href="<%= mySchoolsDisplayContext.getViewAssignmentURL(supportEvent.getMentorAssignmentId()) %>"
									label="opora-mentoring-open-plan"
									small="<%= true %>"
									type="button"
								/>
							</c:if>
						</td>
					</tr>

				<%
				}
				%>

			</tbody>
		</table>
	</c:if>

	<table class="table table-autofit table-list">
		<thead>
			<tr>
				<th><liferay-ui:message key="opora-field-supported-school-id" /></th>
				<th><liferay-ui:message key="opora-field-kind" /></th>
				<th><liferay-ui:message key="opora-mentoring-period" /></th>
				<th><liferay-ui:message key="opora-field-status" /></th>
				<th><liferay-ui:message key="opora-mentoring-planned-events" /></th>
				<th><liferay-ui:message key="opora-mentoring-next-event" /></th>
				<th><liferay-ui:message key="opora-mentoring-actions" /></th>
			</tr>
		</thead>

		<tbody>
			<c:if test="<%= mySchoolsDisplayContext.getAssignments().isEmpty() %>">
				<tr>
					<td colspan="7"><liferay-ui:message key="opora-mentoring-you-curate-no-schools" /></td>
				</tr>
			</c:if>

			<%
			for (MentorAssignment mentorAssignment : mySchoolsDisplayContext.getAssignments()) {
				int overdueCount = mySchoolsDisplayContext.getOverdueCount(mentorAssignment);
			%>

				<tr class="<%= (overdueCount > 0) ? "table-danger" : StringPool.BLANK %>">
					<td><a href="<%= mySchoolsDisplayContext.getViewAssignmentURL(mentorAssignment) %>"><%= HtmlUtil.escape(mySchoolsDisplayContext.getNames().school(mentorAssignment.getSupportedSchoolId())) %></a></td>
					<td><%= HtmlUtil.escape(mySchoolsDisplayContext.getLabels().kind(mentorAssignment.getAssignmentKind())) %></td>
					<td><%= HtmlUtil.escape(mySchoolsDisplayContext.getAssignmentPeriod(mentorAssignment)) %></td>
					<td><%= HtmlUtil.escape(mySchoolsDisplayContext.getLabels().status(mentorAssignment.getAssignmentStatus())) %></td>
					<td>
						<%= mySchoolsDisplayContext.getPlannedCount(mentorAssignment) %>

						<c:if test="<%= overdueCount > 0 %>">
							<clay:label displayType="danger" label='<%= LanguageUtil.format(request, "opora-mentoring-x-overdue", overdueCount, false) %>' />
						</c:if>
					</td>
					<td><%= HtmlUtil.escape(mySchoolsDisplayContext.getNextEvent(mentorAssignment)) %></td>
					<td>
						<clay:link
							displayType="secondary"
							href="<%= mySchoolsDisplayContext.getViewAssignmentURL(mentorAssignment) %>"
							label="opora-mentoring-open-plan"
							small="<%= true %>"
							type="button"
						/>
					</td>
				</tr>

			<%
			}
			%>

		</tbody>
	</table>

	<h3><liferay-ui:message arguments="<%= new Object[] {mySchoolsDisplayContext.getDates().format(mySchoolsDisplayContext.getToday()), mySchoolsDisplayContext.getDates().format(mySchoolsDisplayContext.getCalendarEnd())} %>" key="opora-mentoring-calendar-from-x-to-x" translateArguments="<%= false %>" /></h3>

	<c:choose>
		<c:when test="<%= mySchoolsDisplayContext.getCalendar().isEmpty() %>">
			<p><liferay-ui:message key="opora-mentoring-no-events-in-the-next-30-days" /></p>
		</c:when>
		<c:otherwise>
			<table class="table table-autofit table-list">
				<thead>
					<tr>
						<th><liferay-ui:message key="opora-field-planned-date" /></th>
						<th><liferay-ui:message key="opora-field-supported-school-id" /></th>
						<th><liferay-ui:message key="opora-field-event-type" /></th>
						<th><liferay-ui:message key="opora-field-title" /></th>
						<th><liferay-ui:message key="opora-field-participants" /></th>
						<th><liferay-ui:message key="opora-field-status" /></th>
					</tr>
				</thead>

				<tbody>

					<%
					for (EventRow eventRow : mySchoolsDisplayContext.getCalendar()) {
						SupportEvent supportEvent = eventRow.getSupportEvent();
					%>

						<tr class="<%= eventRow.getCssClass() %>">
							<td><%= HtmlUtil.escape(mySchoolsDisplayContext.getDates().format(eventRow.getPlannedDate())) %></td>
							<td><%= HtmlUtil.escape(mySchoolsDisplayContext.getEventSchool(supportEvent)) %></td>
							<td><%= HtmlUtil.escape(mySchoolsDisplayContext.getLabels().eventType(supportEvent.getSupportEventType())) %></td>
							<td><%= HtmlUtil.escape(supportEvent.getTitle()) %></td>
							<td><%= HtmlUtil.escape(supportEvent.getParticipants()) %></td>
							<td><%= HtmlUtil.escape(mySchoolsDisplayContext.getLabels().eventStatus(supportEvent.getSupportEventStatus())) %></td>
						</tr>

					<%
					}
					%>

				</tbody>
			</table>
		</c:otherwise>
	</c:choose>
</clay:container-fluid>
