<%--
/**
 * SPDX-FileCopyrightText: (c) 2026 Opora
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
--%>

<%@ include file="/init.jsp" %>

<%
PendingDisplayContext pendingDisplayContext = (PendingDisplayContext)request.getAttribute(LibraryWebKeys.DISPLAY_CONTEXT);

Labels labels = pendingDisplayContext.getLabels();
%>

<portlet:renderURL var="backURL">
	<portlet:param name="mvcRenderCommandName" value="<%= LibraryWebKeys.MVC_VIEW %>" />
</portlet:renderURL>

<clay:container-fluid cssClass="opora-library">
	<h2><liferay-ui:message key="opora-library-pending" /></h2>

	<p class="text-secondary"><liferay-ui:message key="opora-library-pending-help" /></p>

	<clay:link displayType="primary" href="<%= pendingDisplayContext.getWorkflowTasksURL() %>" label='<%= LanguageUtil.get(request, "opora-library-open-workflow-tasks") %>' type="button" />

	<liferay-ui:search-container
		emptyResultsMessage="opora-library-no-pending"
		total="<%= pendingDisplayContext.getMaterials().size() %>"
	>
		<liferay-ui:search-container-results
			results="<%= pendingDisplayContext.getMaterials() %>"
		/>

		<liferay-ui:search-container-row
			className="ru.opora.library.model.Material"
			modelVar="material"
		>
			<portlet:renderURL var="materialURL">
				<portlet:param name="mvcRenderCommandName" value="<%= LibraryWebKeys.MVC_MATERIAL %>" />
				<portlet:param name="fileEntryId" value="<%= String.valueOf(material.getFileEntryId()) %>" />
			</portlet:renderURL>

			<liferay-ui:search-container-column-text
				href="<%= materialURL %>"
				name="opora-library-field-title"
				value="<%= HtmlUtil.escape(material.getTitle()) %>"
			/>

			<liferay-ui:search-container-column-text
				name="opora-library-field-subject"
				value="<%= HtmlUtil.escape(labels.subject(material.getSubjectCode())) %>"
			/>

			<liferay-ui:search-container-column-text
				name="opora-library-author"
				value="<%= HtmlUtil.escape(material.getAuthorName()) %>"
			/>

			<liferay-ui:search-container-column-text
				name="opora-library-field-author-school"
				value="<%= HtmlUtil.escape(material.getAuthorSchool()) %>"
			/>

			<liferay-ui:search-container-column-date
				name="opora-library-uploaded"
				value="<%= material.getCreateDate() %>"
			/>
		</liferay-ui:search-container-row>

		<liferay-ui:search-iterator markupView="lexicon" paginate="<%= false %>" />
	</liferay-ui:search-container>

	<clay:link displayType="secondary" href="<%= backURL %>" label='<%= LanguageUtil.get(request, "opora-library-back") %>' type="button" />
</clay:container-fluid>
