<%--
/**
 * SPDX-FileCopyrightText: (c) 2026 Opora
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
--%>

<%@ include file="/init.jsp" %>

<%
ReportSupportEventDisplayContext reportSupportEventDisplayContext = (ReportSupportEventDisplayContext)request.getAttribute(MentoringWebKeys.DISPLAY_CONTEXT);

BaseMentoringDisplayContext baseDisplayContext = reportSupportEventDisplayContext;

FormErrors formErrors = reportSupportEventDisplayContext.getFormErrors();

SupportEvent supportEvent = reportSupportEventDisplayContext.getSupportEvent();
%>

<clay:container-fluid cssClass="opora-mentoring">
	<%@ include file="/tabs.jspf" %>

	<h2><liferay-ui:message key="opora-mentoring-report-on-the-event" /></h2>

	<p>
		<%= HtmlUtil.escape(reportSupportEventDisplayContext.getNames().school(reportSupportEventDisplayContext.getMentorAssignment().getSupportedSchoolId())) %>:
		<%= HtmlUtil.escape(reportSupportEventDisplayContext.getLabels().eventType(supportEvent.getSupportEventType())) %>,
		<%= HtmlUtil.escape(supportEvent.getTitle()) %>,
		<%= HtmlUtil.escape(reportSupportEventDisplayContext.getDates().format(supportEvent.getPlannedLocalDate())) %>
	</p>

	<%@ include file="/form_errors.jspf" %>

	<aui:form action="<%= reportSupportEventDisplayContext.getActionURL() %>" enctype="multipart/form-data" method="post" name="fm">
		<aui:input name="redirect" type="hidden" value="<%= reportSupportEventDisplayContext.getRedirect() %>" />
		<aui:input name="supportEventId" type="hidden" value="<%= supportEvent.getSupportEventId() %>" />

		<clay:row>
			<clay:col cssClass='<%= formErrors.getWrapperCssClass("status") %>' md="4">
				<aui:select label="opora-field-status" name="status">
					<aui:option label="opora-mentoring-event-status-done" selected='<%= reportSupportEventDisplayContext.getStatus().equals("done") %>' value="done" />
					<aui:option label="opora-mentoring-event-status-cancelled" selected='<%= reportSupportEventDisplayContext.getStatus().equals("cancelled") %>' value="cancelled" />
				</aui:select>
			</clay:col>

			<clay:col cssClass='<%= formErrors.getWrapperCssClass("reportDate") %>' md="3">
				<div class="form-group">
					<label for="<portlet:namespace />reportDate"><liferay-ui:message key="opora-field-report-date" /></label>

					<input class="form-control" id="<portlet:namespace />reportDate" name="<portlet:namespace />reportDate" type="date" value="<%= HtmlUtil.escapeAttribute(reportSupportEventDisplayContext.getReportDate()) %>" />
				</div>
			</clay:col>
		</clay:row>

		<div class='<%= formErrors.getWrapperCssClass("outcome") %>'>
			<aui:input helpMessage="opora-mentoring-outcome-help" label="opora-field-outcome" name="outcome" type="textarea" value="<%= reportSupportEventDisplayContext.getOutcome() %>" />

			<div class="form-group">
				<label for="<portlet:namespace />reportFiles"><liferay-ui:message key="opora-field-report-files" /></label>

				<input class="form-control" id="<portlet:namespace />reportFiles" multiple="multiple" name="<portlet:namespace />reportFiles" type="file" />

				<p class="form-text text-muted"><liferay-ui:message key="opora-mentoring-report-files-help" /></p>
			</div>
		</div>

		<aui:button-row>
			<aui:button primary="<%= true %>" type="submit" value="opora-mentoring-save-report" />

			<c:if test="<%= !reportSupportEventDisplayContext.getRedirect().isEmpty() %>">
				<aui:button href="<%= reportSupportEventDisplayContext.getRedirect() %>" type="cancel" value="opora-mentoring-back" />
			</c:if>
		</aui:button-row>
	</aui:form>
</clay:container-fluid>
