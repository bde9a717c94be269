<%--
/**
 * SPDX-FileCopyrightText: (c) 2026 Opora
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
--%>

<%@ include file="/init.jsp" %>

<%
EditSupportEventDisplayContext editSupportEventDisplayContext = (EditSupportEventDisplayContext)request.getAttribute(MentoringWebKeys.DISPLAY_CONTEXT);

BaseMentoringDisplayContext baseDisplayContext = editSupportEventDisplayContext;

FormErrors formErrors = editSupportEventDisplayContext.getFormErrors();

MentorAssignment mentorAssignment = editSupportEventDisplayContext.getMentorAssignment();
%>

<clay:container-fluid cssClass="opora-mentoring">
	<%@ include file="/tabs.jspf" %>

	<h2><liferay-ui:message key='<%= editSupportEventDisplayContext.isNew() ? "opora-mentoring-add-event" : "opora-mentoring-edit-event" %>' /></h2>

	<p>
		<%= HtmlUtil.escape(editSupportEventDisplayContext.getNames().school(mentorAssignment.getSupportedSchoolId())) %>:
		<%= HtmlUtil.escape(editSupportEventDisplayContext.getAssignmentPeriod(mentorAssignment)) %>
	</p>

	<%@ include file="/form_errors.jspf" %>

	<aui:form action="<%= editSupportEventDisplayContext.getActionURL() %>" method="post" name="fm">
		<aui:input name="redirect" type="hidden" value="<%= editSupportEventDisplayContext.getRedirect() %>" />
		<aui:input name="mentorAssignmentId" type="hidden" value="<%= mentorAssignment.getMentorAssignmentId() %>" />
		<aui:input name="supportEventId" type="hidden" value="<%= editSupportEventDisplayContext.getSupportEventId() %>" />

		<clay:row>
			<clay:col cssClass='<%= formErrors.getWrapperCssClass("eventType") %>' md="4">
				<aui:select label="opora-field-event-type" name="eventType" required="<%= true %>">
					<aui:option label="opora-mentoring-choose" value="" />

					<%
					for (SelectOption selectOption : editSupportEventDisplayContext.getEventTypeOptions()) {
					%>

						<aui:option label="<%= selectOption.getLabel() %>" localizeLabel="<%= false %>" selected="<%= selectOption.isSelected() %>" value="<%= selectOption.getValue() %>" />

					<%
					}
					%>

				</aui:select>
			</clay:col>

			<clay:col cssClass='<%= formErrors.getWrapperCssClass("title") %>' md="5">
				<aui:input label="opora-field-title" name="title" required="<%= true %>" type="text" value='<%= editSupportEventDisplayContext.getValue("title") %>' />
			</clay:col>

			<clay:col cssClass='<%= formErrors.getWrapperCssClass("plannedDate") %>' md="3">
				<div class="form-group">
					<label for="<portlet:namespace />plannedDate"><liferay-ui:message key="opora-field-planned-date" /></label>

					<input class="form-control" id="<portlet:namespace />plannedDate" name="<portlet:namespace />plannedDate" required type="date" value="<%= HtmlUtil.escapeAttribute(editSupportEventDisplayContext.getValue("plannedDate")) %>" />
				</div>
			</clay:col>
		</clay:row>

		<div class='<%= formErrors.getWrapperCssClass("participants") %>'>
			<aui:input label="opora-field-participants" name="participants" type="textarea" value='<%= editSupportEventDisplayContext.getValue("participants") %>' />
		</div>

		<div class='<%= formErrors.getWrapperCssClass("expectedResult") %>'>
			<aui:input label="opora-field-expected-result" name="expectedResult" type="textarea" value='<%= editSupportEventDisplayContext.getValue("expectedResult") %>' />
		</div>

		<aui:button-row>
			<aui:button primary="<%= true %>" type="submit" value="opora-mentoring-save" />

			<c:if test="<%= !editSupportEventDisplayContext.getRedirect().isEmpty() %>">
				<aui:button href="<%= editSupportEventDisplayContext.getRedirect() %>" type="cancel" value="opora-mentoring-back" />
			</c:if>
		</aui:button-row>
	</aui:form>
</clay:container-fluid>
