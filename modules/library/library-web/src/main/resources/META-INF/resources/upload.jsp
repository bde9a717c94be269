<%--
/**
 * SPDX-FileCopyrightText: (c) 2026 Opora
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
--%>

<%@ include file="/init.jsp" %>

<%
UploadDisplayContext uploadDisplayContext = (UploadDisplayContext)request.getAttribute(LibraryWebKeys.DISPLAY_CONTEXT);
%>

<portlet:actionURL name="<%= LibraryWebKeys.MVC_UPLOAD %>" var="uploadActionURL" />

<portlet:renderURL var="backURL">
	<portlet:param name="mvcRenderCommandName" value="<%= LibraryWebKeys.MVC_VIEW %>" />
</portlet:renderURL>

<clay:container-fluid cssClass="opora-library">
	<h2><liferay-ui:message key="opora-library-upload" /></h2>

	<p class="text-secondary"><liferay-ui:message arguments="<%= uploadDisplayContext.getMaxFileSizeMB() %>" key="opora-library-upload-help-x" /></p>

	<%
	for (FieldError fieldError : uploadDisplayContext.getFieldErrors()) {
	%>

		<liferay-ui:error exception="<%= MaterialValidationException.class %>" focusField="<%= fieldError.getField() %>" message="<%= HtmlUtil.escape(fieldError.getText()) %>" translateMessage="<%= false %>" />

	<%
	}
	%>

	<aui:form action="<%= uploadActionURL %>" enctype="multipart/form-data" method="post" name="fm">
		<div class='<%= uploadDisplayContext.getWrapperCssClass("file") %>'>
			<aui:input label="opora-library-field-file" name="file" required="<%= true %>" type="file" />
		</div>

		<div class='<%= uploadDisplayContext.getWrapperCssClass("title") %>'>
			<aui:input label="opora-library-field-title" name="title" required="<%= true %>" type="text" value='<%= uploadDisplayContext.getValue("title") %>' />
		</div>

		<div class='<%= uploadDisplayContext.getWrapperCssClass("description") %>'>
			<aui:input label="opora-library-field-description" name="description" type="textarea" value='<%= uploadDisplayContext.getValue("description") %>' />
		</div>

		<clay:row>
			<clay:col cssClass='<%= uploadDisplayContext.getWrapperCssClass("subject") %>' md="4">
				<aui:select label="opora-library-field-subject" name="subject" required="<%= true %>">
					<aui:option label="opora-library-choose" value="" />

					<%
					for (SelectOption selectOption : uploadDisplayContext.getSubjectOptions()) {
					%>

						<aui:option label="<%= selectOption.getLabel() %>" localizeLabel="<%= false %>" selected="<%= selectOption.isSelected() %>" value="<%= selectOption.getValue() %>" />

					<%
					}
					%>

				</aui:select>
			</clay:col>

			<clay:col cssClass='<%= uploadDisplayContext.getWrapperCssClass("grades") %>' md="4">
				<aui:input helpMessage="opora-library-grades-help" label="opora-library-field-grades" name="grades" required="<%= true %>" type="text" value='<%= uploadDisplayContext.getValue("grades") %>' />
			</clay:col>

			<clay:col cssClass='<%= uploadDisplayContext.getWrapperCssClass("type") %>' md="4">
				<aui:select label="opora-library-field-type" name="type" required="<%= true %>">
					<aui:option label="opora-library-choose" value="" />

					<%
					for (SelectOption selectOption : uploadDisplayContext.getMaterialTypeOptions()) {
					%>

						<aui:option label="<%= selectOption.getLabel() %>" localizeLabel="<%= false %>" selected="<%= selectOption.isSelected() %>" value="<%= selectOption.getValue() %>" />

					<%
					}
					%>

				</aui:select>
			</clay:col>
		</clay:row>

		<div class='<%= uploadDisplayContext.getWrapperCssClass("riskFactors") %>'>
			<aui:select label="opora-library-field-risk-factors" multiple="<%= true %>" name="riskFactors">

				<%
				for (SelectOption selectOption : uploadDisplayContext.getRiskFactorOptions()) {
				%>

					<aui:option label="<%= selectOption.getLabel() %>" localizeLabel="<%= false %>" selected="<%= selectOption.isSelected() %>" value="<%= selectOption.getValue() %>" />

				<%
				}
				%>

			</aui:select>
		</div>

		<clay:row>
			<clay:col cssClass='<%= uploadDisplayContext.getWrapperCssClass("competences") %>' md="6">
				<aui:input helpMessage="opora-library-competences-help" label="opora-library-field-competences" name="competences" type="text" value='<%= uploadDisplayContext.getValue("competences") %>' />
			</clay:col>

			<clay:col cssClass='<%= uploadDisplayContext.getWrapperCssClass("authorSchool") %>' md="6">
				<aui:input label="opora-library-field-author-school" name="authorSchool" required="<%= true %>" type="text" value='<%= uploadDisplayContext.getValue("authorSchool") %>' />
			</clay:col>
		</clay:row>

		<aui:button-row>
			<aui:button primary="<%= true %>" type="submit" value="opora-library-send-for-review" />

			<aui:button href="<%= backURL %>" type="cancel" value="opora-library-back" />
		</aui:button-row>
	</aui:form>
</clay:container-fluid>
