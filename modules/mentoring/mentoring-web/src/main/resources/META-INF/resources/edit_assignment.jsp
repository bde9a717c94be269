<%--
/**
 * SPDX-FileCopyrightText: (c) 2026 Opora
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
--%>

<%@ include file="/init.jsp" %>

<%
EditAssignmentDisplayContext editAssignmentDisplayContext = (EditAssignmentDisplayContext)request.getAttribute(MentoringWebKeys.DISPLAY_CONTEXT);

BaseMentoringDisplayContext baseDisplayContext = editAssignmentDisplayContext;

FormErrors formErrors = editAssignmentDisplayContext.getFormErrors();

String kind = editAssignmentDisplayContext.getKind();
%>

<clay:container-fluid cssClass="opora-mentoring">
	<%@ include file="/tabs.jspf" %>

	<h2><liferay-ui:message key='<%= editAssignmentDisplayContext.isNew() ? "opora-mentoring-add-assignment" : "opora-mentoring-edit-assignment" %>' /></h2>

	<%@ include file="/form_errors.jspf" %>

	<c:if test="<%= editAssignmentDisplayContext.isNew() %>">
		<p class="opora-mentoring-help">
			<liferay-ui:message key="opora-mentoring-kind-help" />
		</p>

		<div class="btn-group mb-3" role="group">

			<%
			for (SelectOption selectOption : editAssignmentDisplayContext.getKindOptions()) {
			%>

				<a class="btn btn-sm <%= selectOption.isSelected() ? "btn-primary" : "btn-secondary" %>" href="<%= editAssignmentDisplayContext.getKindURL(selectOption.getValue()) %>"><%= HtmlUtil.escape(selectOption.getLabel()) %></a>

			<%
			}
			%>

		</div>
	</c:if>

	<aui:form action="<%= editAssignmentDisplayContext.getActionURL() %>" enctype="multipart/form-data" method="post" name="fm">
		<aui:input name="redirect" type="hidden" value="<%= editAssignmentDisplayContext.getRedirect() %>" />
		<aui:input name="mentorAssignmentId" type="hidden" value="<%= editAssignmentDisplayContext.getMentorAssignmentId() %>" />
		<aui:input name="kind" type="hidden" value="<%= kind %>" />

		<clay:row>
			<clay:col cssClass='<%= formErrors.getWrapperCssClass("supportedSchoolId") %>' md="6">
				<aui:select label="opora-field-supported-school-id" name="supportedSchoolId" required="<%= true %>">
					<aui:option label="opora-mentoring-choose" value="0" />

					<%
					for (SelectOption selectOption : editAssignmentDisplayContext.getSchoolOptions("supportedSchoolId")) {
					%>

						<aui:option label="<%= selectOption.getLabel() %>" localizeLabel="<%= false %>" selected="<%= selectOption.isSelected() %>" value="<%= selectOption.getValue() %>" />

					<%
					}
					%>

				</aui:select>
			</clay:col>

			<c:if test='<%= !kind.equals("teacher-mentor") %>'>
				<clay:col cssClass='<%= formErrors.getWrapperCssClass("mentorSchoolId") %>' md="6">
					<aui:select label='<%= kind.equals("curator") ? "opora-mentoring-curator-school" : "opora-field-mentor-school-id" %>' name="mentorSchoolId">
						<aui:option label='<%= kind.equals("curator") ? "opora-mentoring-none" : "opora-mentoring-choose" %>' value="0" />

						<%
						for (SelectOption selectOption : editAssignmentDisplayContext.getSchoolOptions("mentorSchoolId")) {
						%>

							<aui:option label="<%= selectOption.getLabel() %>" localizeLabel="<%= false %>" selected="<%= selectOption.isSelected() %>" value="<%= selectOption.getValue() %>" />

						<%
						}
						%>

					</aui:select>
				</clay:col>
			</c:if>

			<c:if test='<%= kind.equals("curator") %>'>
				<clay:col cssClass='<%= formErrors.getWrapperCssClass("curatorUserId") %>' md="6">
					<aui:select label="opora-field-curator-user-id" name="curatorUserId">
						<aui:option label="opora-mentoring-choose" value="0" />

						<%
						for (SelectOption selectOption : editAssignmentDisplayContext.getUserOptions("curatorUserId")) {
						%>

							<aui:option label="<%= selectOption.getLabel() %>" localizeLabel="<%= false %>" selected="<%= selectOption.isSelected() %>" value="<%= selectOption.getValue() %>" />

						<%
						}
						%>

					</aui:select>
				</clay:col>
			</c:if>

			<c:if test='<%= kind.equals("teacher-mentor") %>'>
				<clay:col cssClass='<%= formErrors.getWrapperCssClass("teacherMentorUserId") %>' md="6">
					<aui:select label="opora-field-teacher-mentor-user-id" name="teacherMentorUserId">
						<aui:option label="opora-mentoring-choose" value="0" />

						<%
						for (SelectOption selectOption : editAssignmentDisplayContext.getUserOptions("teacherMentorUserId")) {
						%>

							<aui:option label="<%= selectOption.getLabel() %>" localizeLabel="<%= false %>" selected="<%= selectOption.isSelected() %>" value="<%= selectOption.getValue() %>" />

						<%
						}
						%>

					</aui:select>
				</clay:col>

				<clay:col cssClass='<%= formErrors.getWrapperCssClass("menteeUserId") %>' md="6">
					<aui:select label="opora-field-mentee-user-id" name="menteeUserId">
						<aui:option label="opora-mentoring-choose" value="0" />

						<%
						for (SelectOption selectOption : editAssignmentDisplayContext.getUserOptions("menteeUserId")) {
						%>

							<aui:option label="<%= selectOption.getLabel() %>" localizeLabel="<%= false %>" selected="<%= selectOption.isSelected() %>" value="<%= selectOption.getValue() %>" />

						<%
						}
						%>

					</aui:select>
				</clay:col>
			</c:if>
		</clay:row>

		<clay:row>
			<clay:col cssClass='<%= formErrors.getWrapperCssClass("startDate") %>' md="3">
				<div class="form-group">
					<label for="<portlet:namespace />startDate"><liferay-ui:message key="opora-field-start-date" /></label>

					<input class="form-control" id="<portlet:namespace />startDate" name="<portlet:namespace />startDate" required type="date" value="<%= HtmlUtil.escapeAttribute(editAssignmentDisplayContext.getValue("startDate")) %>" />
				</div>
			</clay:col>

			<clay:col cssClass='<%= formErrors.getWrapperCssClass("endDate") %>' md="3">
				<div class="form-group">
					<label for="<portlet:namespace />endDate"><liferay-ui:message key="opora-field-end-date" /></label>

					<input class="form-control" id="<portlet:namespace />endDate" name="<portlet:namespace />endDate" type="date" value="<%= HtmlUtil.escapeAttribute(editAssignmentDisplayContext.getValue("endDate")) %>" />
				</div>
			</clay:col>

			<clay:col cssClass='<%= formErrors.getWrapperCssClass("orderNumber") %>' md="3">
				<aui:input label="opora-field-order-number" name="orderNumber" type="text" value='<%= editAssignmentDisplayContext.getValue("orderNumber") %>' />
			</clay:col>

			<clay:col cssClass='<%= formErrors.getWrapperCssClass("orderDate") %>' md="3">
				<div class="form-group">
					<label for="<portlet:namespace />orderDate"><liferay-ui:message key="opora-field-order-date" /></label>

					<input class="form-control" id="<portlet:namespace />orderDate" name="<portlet:namespace />orderDate" type="date" value="<%= HtmlUtil.escapeAttribute(editAssignmentDisplayContext.getValue("orderDate")) %>" />
				</div>
			</clay:col>

			<clay:col md="6">
				<aui:input helpMessage="opora-mentoring-order-file-help" label="opora-field-order-file" name="orderFile" type="file" />
			</clay:col>
		</clay:row>

		<p class="opora-mentoring-help">
			<liferay-ui:message key="opora-mentoring-capacity-help" />
		</p>

		<aui:button-row>
			<aui:button primary="<%= true %>" type="submit" value="opora-mentoring-save" />

			<c:if test="<%= !editAssignmentDisplayContext.getRedirect().isEmpty() %>">
				<aui:button href="<%= editAssignmentDisplayContext.getRedirect() %>" type="cancel" value="opora-mentoring-back" />
			</c:if>
		</aui:button-row>
	</aui:form>
</clay:container-fluid>
