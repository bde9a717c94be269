<%--
/**
 * SPDX-FileCopyrightText: (c) 2026 Opora
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
--%>

<%@ include file="/init.jsp" %>

<%
EditSchoolDisplayContext editSchoolDisplayContext = (EditSchoolDisplayContext)request.getAttribute(SchoolsWebKeys.DISPLAY_CONTEXT);

FormErrors formErrors = editSchoolDisplayContext.getFormErrors();
%>

<clay:container-fluid cssClass="opora-schools">
	<h2><%= HtmlUtil.escape(editSchoolDisplayContext.getTitle()) %></h2>

	<%@ include file="/form_errors.jspf" %>

	<aui:form action="<%= editSchoolDisplayContext.getActionURL() %>" method="post" name="fm">
		<aui:input name="redirect" type="hidden" value="<%= editSchoolDisplayContext.getRedirect() %>" />
		<aui:input name="schoolId" type="hidden" value="<%= editSchoolDisplayContext.getSchoolId() %>" />

		<clay:sheet size="full">
			<aui:input label="opora-field-name" name="name" required="<%= true %>" value='<%= editSchoolDisplayContext.getValue("name") %>' wrapperCssClass='<%= formErrors.getWrapperCssClass("name") %>' />

			<aui:input label="opora-field-short-name" name="shortName" value='<%= editSchoolDisplayContext.getValue("shortName") %>' wrapperCssClass='<%= formErrors.getWrapperCssClass("shortName") %>' />

			<aui:input label="opora-field-address" name="address" value='<%= editSchoolDisplayContext.getValue("address") %>' wrapperCssClass='<%= formErrors.getWrapperCssClass("address") %>' />

			<aui:select label="opora-field-settlement-type" name="settlementType" required="<%= true %>" wrapperCssClass='<%= formErrors.getWrapperCssClass("settlementType") %>'>

				<%
				for (SelectOption selectOption : editSchoolDisplayContext.getSettlementTypeOptions()) {
				%>

					<aui:option label="<%= selectOption.getLabel() %>" localizeLabel="<%= false %>" selected="<%= selectOption.isSelected() %>" value="<%= selectOption.getValue() %>" />

				<%
				}
				%>

			</aui:select>

			<aui:select label="opora-field-level" name="level" required="<%= true %>" wrapperCssClass='<%= formErrors.getWrapperCssClass("level") %>'>

				<%
				for (SelectOption selectOption : editSchoolDisplayContext.getLevelOptions()) {
				%>

					<aui:option label="<%= selectOption.getLabel() %>" localizeLabel="<%= false %>" selected="<%= selectOption.isSelected() %>" value="<%= selectOption.getValue() %>" />

				<%
				}
				%>

			</aui:select>

			<aui:input checked='<%= editSchoolDisplayContext.isChecked("smallSchool") %>' label="opora-field-small-school" name="smallSchool" type="checkbox" />

			<aui:select label="opora-field-branch-of-school-id" name="branchOfSchoolId" wrapperCssClass='<%= formErrors.getWrapperCssClass("branchOfSchoolId") %>'>

				<%
				for (SelectOption selectOption : editSchoolDisplayContext.getBranchOfOptions()) {
				%>

					<aui:option label="<%= selectOption.getLabel() %>" localizeLabel="<%= false %>" selected="<%= selectOption.isSelected() %>" value="<%= selectOption.getValue() %>" />

				<%
				}
				%>

			</aui:select>

			<aui:input label="opora-field-distance-to-centre-km" name="distanceToCentreKm" value='<%= editSchoolDisplayContext.getValue("distanceToCentreKm") %>' wrapperCssClass='<%= formErrors.getWrapperCssClass("distanceToCentreKm") %>' />

			<aui:input label="opora-field-head-name" name="headName" value='<%= editSchoolDisplayContext.getValue("headName") %>' wrapperCssClass='<%= formErrors.getWrapperCssClass("headName") %>' />

			<aui:input label="opora-field-phone" name="phone" value='<%= editSchoolDisplayContext.getValue("phone") %>' wrapperCssClass='<%= formErrors.getWrapperCssClass("phone") %>' />

			<aui:input label="opora-field-email" name="email" value='<%= editSchoolDisplayContext.getValue("email") %>' wrapperCssClass='<%= formErrors.getWrapperCssClass("email") %>' />

			<aui:input helpMessage="opora-federal-login-help" label="opora-field-federal-login" name="federalLogin" value='<%= editSchoolDisplayContext.getValue("federalLogin") %>' wrapperCssClass='<%= formErrors.getWrapperCssClass("federalLogin") %>' />

			<aui:select label="opora-field-status" name="status" required="<%= true %>" wrapperCssClass='<%= formErrors.getWrapperCssClass("status") %>'>

				<%
				for (SelectOption selectOption : editSchoolDisplayContext.getStatusOptions()) {
				%>

					<aui:option label="<%= selectOption.getLabel() %>" localizeLabel="<%= false %>" selected="<%= selectOption.isSelected() %>" value="<%= selectOption.getValue() %>" />

				<%
				}
				%>

			</aui:select>
		</clay:sheet>

		<aui:button-row>
			<aui:button primary="<%= true %>" type="submit" value="opora-save" />

			<aui:button href="<%= editSchoolDisplayContext.getRedirect() %>" type="cancel" value="opora-cancel" />
		</aui:button-row>
	</aui:form>
</clay:container-fluid>
