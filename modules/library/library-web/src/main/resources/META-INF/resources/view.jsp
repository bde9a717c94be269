<%--
/**
 * SPDX-FileCopyrightText: (c) 2026 Opora
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
--%>

<%@ include file="/init.jsp" %>

<%
MaterialsDisplayContext materialsDisplayContext = (MaterialsDisplayContext)request.getAttribute(LibraryWebKeys.DISPLAY_CONTEXT);

MaterialQuery query = materialsDisplayContext.getQuery();
Labels labels = materialsDisplayContext.getLabels();

PortletURL iteratorURL = renderResponse.createRenderURL();

iteratorURL.setParameter("mvcRenderCommandName", LibraryWebKeys.MVC_VIEW);
iteratorURL.setParameter("keywords", query.getKeywords());
iteratorURL.setParameter("subject", query.getSubjectCode());
iteratorURL.setParameter("grade", String.valueOf(query.getGrade()));
iteratorURL.setParameter("type", query.getMaterialTypeCode());
iteratorURL.setParameter("riskFactor", query.getRiskFactorCode());
iteratorURL.setParameter("competence", query.getCompetenceCode());
%>

<liferay-portlet:renderURL varImpl="searchURL">
	<portlet:param name="mvcRenderCommandName" value="<%= LibraryWebKeys.MVC_VIEW %>" />
</liferay-portlet:renderURL>

<portlet:renderURL var="uploadURL">
	<portlet:param name="mvcRenderCommandName" value="<%= LibraryWebKeys.MVC_UPLOAD %>" />
</portlet:renderURL>

<portlet:renderURL var="pendingURL">
	<portlet:param name="mvcRenderCommandName" value="<%= LibraryWebKeys.MVC_PENDING %>" />
</portlet:renderURL>

<clay:container-fluid cssClass="opora-library">
	<h2><liferay-ui:message key="opora-library-title" /></h2>

	<p class="text-secondary"><liferay-ui:message key="opora-library-intro" /></p>

	<div class="mb-3">
		<c:if test="<%= materialsDisplayContext.isCanUpload() %>">
			<clay:link displayType="primary" href="<%= uploadURL %>" label='<%= LanguageUtil.get(request, "opora-library-upload") %>' type="button" />
		</c:if>

		<c:if test="<%= materialsDisplayContext.isCanReview() %>">
			<clay:link displayType="secondary" href="<%= pendingURL %>" label='<%= LanguageUtil.get(request, "opora-library-pending") %>' type="button" />
		</c:if>
	</div>

	<aui:form action="<%= searchURL.toString() %>" method="get" name="searchFm">
		<liferay-portlet:renderURLParams varImpl="searchURL" />

		<clay:row>
			<clay:col md="4">
				<aui:input label="opora-library-keywords" name="keywords" type="text" value="<%= query.getKeywords() %>" />
			</clay:col>

			<clay:col md="2">
				<aui:select label="opora-library-field-subject" name="subject">
					<aui:option label="opora-library-any" value="" />

					<%
					for (SelectOption selectOption : materialsDisplayContext.getSubjectOptions()) {
					%>

						<aui:option label="<%= selectOption.getLabel() %>" localizeLabel="<%= false %>" selected="<%= selectOption.isSelected() %>" value="<%= selectOption.getValue() %>" />

					<%
					}
					%>

				</aui:select>
			</clay:col>

			<clay:col md="2">
				<aui:select label="opora-library-grade" name="grade">
					<aui:option label="opora-library-any" value="0" />

					<%
					for (SelectOption selectOption : materialsDisplayContext.getGradeOptions()) {
					%>

						<aui:option label="<%= selectOption.getLabel() %>" localizeLabel="<%= false %>" selected="<%= selectOption.isSelected() %>" value="<%= selectOption.getValue() %>" />

					<%
					}
					%>

				</aui:select>
			</clay:col>

			<clay:col md="2">
				<aui:select label="opora-library-field-type" name="type">
					<aui:option label="opora-library-any" value="" />

					<%
					for (SelectOption selectOption : materialsDisplayContext.getMaterialTypeOptions()) {
					%>

						<aui:option label="<%= selectOption.getLabel() %>" localizeLabel="<%= false %>" selected="<%= selectOption.isSelected() %>" value="<%= selectOption.getValue() %>" />

					<%
					}
					%>

				</aui:select>
			</clay:col>

			<clay:col md="2">
				<aui:input label="opora-library-competence" name="competence" type="text" value="<%= query.getCompetenceCode() %>" />
			</clay:col>
		</clay:row>

		<clay:row>
			<clay:col md="8">
				<aui:select label="opora-library-risk-factor" name="riskFactor">
					<aui:option label="opora-library-any" value="" />

					<%
					for (SelectOption selectOption : materialsDisplayContext.getRiskFactorOptions()) {
					%>

						<aui:option label="<%= selectOption.getLabel() %>" localizeLabel="<%= false %>" selected="<%= selectOption.isSelected() %>" value="<%= selectOption.getValue() %>" />

					<%
					}
					%>

				</aui:select>
			</clay:col>

			<clay:col cssClass="align-self-end" md="4">
				<aui:button-row>
					<aui:button primary="<%= true %>" type="submit" value="opora-library-search" />

					<aui:button href="<%= searchURL.toString() %>" type="cancel" value="opora-library-reset" />
				</aui:button-row>
			</clay:col>
		</clay:row>
	</aui:form>

	<liferay-ui:search-container
		emptyResultsMessage="opora-library-no-materials"
		iteratorURL="<%= iteratorURL %>"
		total="<%= materialsDisplayContext.getTotal() %>"
	>
		<liferay-ui:search-container-results
			results="<%= materialsDisplayContext.getResults(searchContainer.getStart(), searchContainer.getEnd()) %>"
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
				name="opora-library-field-grades"
				value="<%= HtmlUtil.escape(labels.grades(material)) %>"
			/>

			<liferay-ui:search-container-column-text
				name="opora-library-field-type"
				value="<%= HtmlUtil.escape(labels.materialType(material.getMaterialTypeCode())) %>"
			/>

			<liferay-ui:search-container-column-text
				name="opora-library-field-risk-factors"
				value="<%= HtmlUtil.escape(labels.riskFactorCodes(material)) %>"
			/>

			<liferay-ui:search-container-column-text
				name="opora-library-municipality"
				value="<%= HtmlUtil.escape(material.getMunicipalityName()) %>"
			/>

			<liferay-ui:search-container-column-text
				name="opora-library-field-author-school"
				value="<%= HtmlUtil.escape(material.getAuthorSchool()) %>"
			/>
		</liferay-ui:search-container-row>

		<liferay-ui:search-iterator markupView="lexicon" />
	</liferay-ui:search-container>
</clay:container-fluid>
