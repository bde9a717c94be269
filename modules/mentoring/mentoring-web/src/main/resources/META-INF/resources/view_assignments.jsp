<%--
/**
 * SPDX-FileCopyrightText: (c) 2026 Opora
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
--%>

<%@ include file="/init.jsp" %>

<%
AssignmentsDisplayContext assignmentsDisplayContext = (AssignmentsDisplayContext)request.getAttribute(MentoringWebKeys.DISPLAY_CONTEXT);

BaseMentoringDisplayContext baseDisplayContext = assignmentsDisplayContext;
%>

<clay:container-fluid cssClass="opora-mentoring">
	<%@ include file="/tabs.jspf" %>

	<liferay-ui:success key="<%= MentoringWebKeys.SUCCESS_ASSIGNMENT_SAVED %>" message="opora-mentoring-the-assignment-was-saved" />
	<liferay-ui:success key="<%= MentoringWebKeys.SUCCESS_STATUS_CHANGED %>" message="opora-mentoring-the-status-was-changed" />
	<liferay-ui:success key="<%= MentoringWebKeys.SUCCESS_SUGGESTIONS_ACCEPTED %>" message="opora-mentoring-the-suggestions-were-accepted" />

	<clay:row cssClass="align-items-center mb-3">
		<clay:col md="6">
			<h2 class="mb-0"><liferay-ui:message key="opora-mentoring-assignments-of-the-municipality" /></h2>
		</clay:col>

		<clay:col cssClass="text-md-right" md="6">
			<c:if test="<%= assignmentsDisplayContext.isCoordinator() %>">
				<clay:link
					displayType="primary"
					href="<%= assignmentsDisplayContext.getAddAssignmentURL() %>"
					icon="plus"
					label="opora-mentoring-add-assignment"
					type="button"
				/>
			</c:if>

			<clay:link
				displayType="secondary"
				href="<%= assignmentsDisplayContext.getExportURL() %>"
				icon="download"
				label="opora-mentoring-export-to-excel"
				type="button"
			/>
		</clay:col>
	</clay:row>

	<aui:form action="<%= assignmentsDisplayContext.getSearchURL() %>" cssClass="opora-mentoring-filters" method="post" name="filterFm">
		<clay:row>
			<clay:col md="4">
				<aui:select label="opora-field-status" name="status">
					<aui:option label="opora-mentoring-any" value="" />

					<%
					for (SelectOption selectOption : assignmentsDisplayContext.getStatusOptions()) {
					%>

						<aui:option label="<%= selectOption.getLabel() %>" localizeLabel="<%= false %>" selected="<%= selectOption.isSelected() %>" value="<%= selectOption.getValue() %>" />

					<%
					}
					%>

				</aui:select>
			</clay:col>

			<clay:col md="4">
				<aui:select label="opora-field-kind" name="kind">
					<aui:option label="opora-mentoring-any" value="" />

					<%
					for (SelectOption selectOption : assignmentsDisplayContext.getKindOptions()) {
					%>

						<aui:option label="<%= selectOption.getLabel() %>" localizeLabel="<%= false %>" selected="<%= selectOption.isSelected() %>" value="<%= selectOption.getValue() %>" />

					<%
					}
					%>

				</aui:select>
			</clay:col>

			<clay:col cssClass="align-self-end form-group" md="4">
				<aui:button primary="<%= true %>" type="submit" value="opora-mentoring-apply" />

				<c:if test="<%= assignmentsDisplayContext.isFiltered() %>">
					<clay:link
						displayType="secondary"
						href="<%= assignmentsDisplayContext.getSearchURL() %>"
						label="opora-mentoring-reset"
						type="button"
					/>
				</c:if>
			</clay:col>
		</clay:row>
	</aui:form>

	<liferay-ui:search-container
		searchContainer="<%= assignmentsDisplayContext.getSearchContainer() %>"
	>
		<liferay-ui:search-container-row
			className="ru.opora.mentoring.model.MentorAssignment"
			keyProperty="mentorAssignmentId"
			modelVar="mentorAssignment"
		>
			<liferay-ui:search-container-column-text
				href="<%= assignmentsDisplayContext.getViewAssignmentURL(mentorAssignment) %>"
				name="opora-field-supported-school-id"
				value="<%= HtmlUtil.escape(assignmentsDisplayContext.getNames().school(mentorAssignment.getSupportedSchoolId())) %>"
			/>

			<liferay-ui:search-container-column-text
				name="opora-field-kind"
				value="<%= HtmlUtil.escape(assignmentsDisplayContext.getLabels().kind(mentorAssignment.getAssignmentKind())) %>"
			/>

			<liferay-ui:search-container-column-text
				name="opora-mentoring-mentor"
				value="<%= HtmlUtil.escape(assignmentsDisplayContext.getAssignmentMentor(mentorAssignment)) %>"
			/>

			<liferay-ui:search-container-column-text
				name="opora-mentoring-period"
				value="<%= HtmlUtil.escape(assignmentsDisplayContext.getAssignmentPeriod(mentorAssignment)) %>"
			/>

			<liferay-ui:search-container-column-text
				name="opora-field-status"
				value="<%= HtmlUtil.escape(assignmentsDisplayContext.getLabels().status(mentorAssignment.getAssignmentStatus())) %>"
			/>

			<liferay-ui:search-container-column-text
				name="opora-field-order-number"
				value="<%= HtmlUtil.escape(mentorAssignment.getOrderNumber()) %>"
			/>

			<liferay-ui:search-container-column-text
				name="opora-mentoring-actions"
			>
				<clay:link
					displayType="secondary"
					href="<%= assignmentsDisplayContext.getViewAssignmentURL(mentorAssignment) %>"
					label="opora-mentoring-open"
					small="<%= true %>"
					type="button"
				/>
			</liferay-ui:search-container-column-text>
		</liferay-ui:search-container-row>

		<liferay-ui:search-iterator
			markupView="lexicon"
		/>
	</liferay-ui:search-container>

	<%
	List<EventRow> eventRows = assignmentsDisplayContext.getOverdue();
	%>

	<c:if test="<%= !eventRows.isEmpty() %>">
		<h3><liferay-ui:message key="opora-mentoring-overdue-reports-in-the-municipality" /></h3>

		<%@ include file="/group_event_table.jspf" %>
	</c:if>

	<%
	eventRows = assignmentsDisplayContext.getCalendar();
	%>

	<h3><liferay-ui:message arguments="<%= new Object[] {assignmentsDisplayContext.getDates().format(assignmentsDisplayContext.getToday()), assignmentsDisplayContext.getDates().format(assignmentsDisplayContext.getCalendarEnd())} %>" key="opora-mentoring-municipality-calendar-from-x-to-x" translateArguments="<%= false %>" /></h3>

	<c:choose>
		<c:when test="<%= eventRows.isEmpty() %>">
			<p><liferay-ui:message key="opora-mentoring-no-events-in-the-next-30-days" /></p>
		</c:when>
		<c:otherwise>
			<%@ include file="/group_event_table.jspf" %>
		</c:otherwise>
	</c:choose>
</clay:container-fluid>
