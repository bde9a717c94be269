<%--
/**
 * SPDX-FileCopyrightText: (c) 2026 Opora
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
--%>

<%@ include file="/init.jsp" %>

<%
MyMentorDisplayContext myMentorDisplayContext = (MyMentorDisplayContext)request.getAttribute(MentoringWebKeys.DISPLAY_CONTEXT);

BaseMentoringDisplayContext baseDisplayContext = myMentorDisplayContext;
%>

<clay:container-fluid cssClass="opora-mentoring">
	<%@ include file="/tabs.jspf" %>

	<h2><liferay-ui:message key="opora-mentoring-my-mentor" /></h2>

	<c:choose>
		<c:when test="<%= myMentorDisplayContext.getSchoolOptions().isEmpty() %>">
			<p><liferay-ui:message key="opora-mentoring-no-schools-to-view" /></p>
		</c:when>
		<c:otherwise>
			<aui:form action="<%= myMentorDisplayContext.getSelectURL() %>" method="post" name="schoolFm">
				<clay:row>
					<clay:col md="6">
						<aui:select label="opora-mentoring-school" name="schoolId" onChange="this.form.submit();">

							<%
							for (SelectOption selectOption : myMentorDisplayContext.getSchoolOptions()) {
							%>

								<aui:option label="<%= selectOption.getLabel() %>" localizeLabel="<%= false %>" selected="<%= selectOption.getValue().equals(String.valueOf(myMentorDisplayContext.getSchoolId())) %>" value="<%= selectOption.getValue() %>" />

							<%
							}
							%>

						</aui:select>
					</clay:col>

					<clay:col cssClass="align-self-end form-group" md="2">
						<aui:button type="submit" value="opora-mentoring-show" />
					</clay:col>
				</clay:row>
			</aui:form>

			<c:if test="<%= myMentorDisplayContext.getAssignments().isEmpty() %>">
				<p><liferay-ui:message arguments="<%= HtmlUtil.escape(myMentorDisplayContext.getSchoolName()) %>" key="opora-mentoring-x-has-no-mentor" translateArguments="<%= false %>" /></p>
			</c:if>

			<%
			for (MentorAssignment mentorAssignment : myMentorDisplayContext.getAssignments()) {
				List<EventRow> eventRows = myMentorDisplayContext.getPlan(mentorAssignment);
			%>

				<div class="card mb-3">
					<div class="card-body">
						<h3 class="card-title"><%= HtmlUtil.escape(myMentorDisplayContext.getAssignmentMentor(mentorAssignment)) %></h3>

						<p class="card-text">
							<%= HtmlUtil.escape(myMentorDisplayContext.getLabels().kind(mentorAssignment.getAssignmentKind())) %>;
							<%= HtmlUtil.escape(myMentorDisplayContext.getAssignmentPeriod(mentorAssignment)) %>;
							<%= HtmlUtil.escape(myMentorDisplayContext.getLabels().status(mentorAssignment.getAssignmentStatus())) %>
						</p>

						<c:if test="<%= !eventRows.isEmpty() %>">
							<h4><liferay-ui:message key="opora-mentoring-support-plan" /></h4>

							<%@ include file="/event_rows.jspf" %>
						</c:if>
					</div>
				</div>

			<%
			}
			%>

		</c:otherwise>
	</c:choose>
</clay:container-fluid>
