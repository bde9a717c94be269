<%--
/**
 * SPDX-FileCopyrightText: (c) 2026 Opora
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
--%>

<%@ include file="/init.jsp" %>

<%
EditAssessmentResultDisplayContext editAssessmentResultDisplayContext = (EditAssessmentResultDisplayContext)request.getAttribute(SchoolsWebKeys.DISPLAY_CONTEXT);

FormErrors formErrors = editAssessmentResultDisplayContext.getFormErrors();
%>

<clay:container-fluid cssClass="opora-schools">
	<h2><%= HtmlUtil.escape(editAssessmentResultDisplayContext.getTitle()) %></h2>

	<%@ include file="/form_errors.jspf" %>

	<aui:form action="<%= editAssessmentResultDisplayContext.getActionURL() %>" method="post" name="fm">
		<aui:input name="redirect" type="hidden" value="<%= editAssessmentResultDisplayContext.getRedirect() %>" />
		<aui:input name="schoolId" type="hidden" value="<%= editAssessmentResultDisplayContext.getSchool().getSchoolId() %>" />

		<clay:sheet size="full">
			<p class="text-secondary"><liferay-ui:message key="opora-result-form-help" /></p>

			<aui:select label="opora-field-assessment" name="assessment" required="<%= true %>" wrapperCssClass='<%= formErrors.getWrapperCssClass("assessment") %>'>

				<%
				for (SelectOption selectOption : editAssessmentResultDisplayContext.getAssessmentOptions()) {
				%>

					<aui:option label="<%= selectOption.getLabel() %>" localizeLabel="<%= false %>" selected="<%= selectOption.isSelected() %>" value="<%= selectOption.getValue() %>" />

				<%
				}
				%>

			</aui:select>

			<aui:input label="opora-field-year" name="year" required="<%= true %>" value='<%= editAssessmentResultDisplayContext.getValue("year") %>' wrapperCssClass='<%= formErrors.getWrapperCssClass("year") %>' />

			<aui:input label="opora-field-grade" name="grade" required="<%= true %>" value='<%= editAssessmentResultDisplayContext.getValue("grade") %>' wrapperCssClass='<%= formErrors.getWrapperCssClass("grade") %>' />

			<aui:input label="opora-field-subject" name="subject" required="<%= true %>" value='<%= editAssessmentResultDisplayContext.getValue("subject") %>' wrapperCssClass='<%= formErrors.getWrapperCssClass("subject") %>' />

			<aui:input label="opora-field-participants" name="participants" required="<%= true %>" value='<%= editAssessmentResultDisplayContext.getValue("participants") %>' wrapperCssClass='<%= formErrors.getWrapperCssClass("participants") %>' />

			<aui:input label="opora-field-marks-2" name="marks2" value='<%= editAssessmentResultDisplayContext.getValue("marks2") %>' wrapperCssClass='<%= formErrors.getWrapperCssClass("marks2") %>' />

			<aui:input label="opora-field-marks-3" name="marks3" value='<%= editAssessmentResultDisplayContext.getValue("marks3") %>' wrapperCssClass='<%= formErrors.getWrapperCssClass("marks3") %>' />

			<aui:input label="opora-field-marks-4" name="marks4" value='<%= editAssessmentResultDisplayContext.getValue("marks4") %>' wrapperCssClass='<%= formErrors.getWrapperCssClass("marks4") %>' />

			<aui:input label="opora-field-marks-5" name="marks5" value='<%= editAssessmentResultDisplayContext.getValue("marks5") %>' wrapperCssClass='<%= formErrors.getWrapperCssClass("marks5") %>' />

			<aui:input label="opora-field-mean-score" name="meanScore" value='<%= editAssessmentResultDisplayContext.getValue("meanScore") %>' wrapperCssClass='<%= formErrors.getWrapperCssClass("meanScore") %>' />

			<aui:input label="opora-field-share-below-threshold" name="shareBelowThreshold" value='<%= editAssessmentResultDisplayContext.getValue("shareBelowThreshold") %>' wrapperCssClass='<%= formErrors.getWrapperCssClass("shareBelowThreshold") %>' />
		</clay:sheet>

		<aui:button-row>
			<aui:button primary="<%= true %>" type="submit" value="opora-save" />

			<aui:button href="<%= editAssessmentResultDisplayContext.getRedirect() %>" type="cancel" value="opora-cancel" />
		</aui:button-row>
	</aui:form>
</clay:container-fluid>
