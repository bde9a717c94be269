<%--
/**
 * SPDX-FileCopyrightText: (c) 2026 Opora
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
--%>

<%@ include file="/init.jsp" %>

<%
MaterialDisplayContext materialDisplayContext = (MaterialDisplayContext)request.getAttribute(LibraryWebKeys.DISPLAY_CONTEXT);

Material material = materialDisplayContext.getMaterial();
%>

<portlet:renderURL var="backURL">
	<portlet:param name="mvcRenderCommandName" value="<%= LibraryWebKeys.MVC_VIEW %>" />
</portlet:renderURL>

<clay:container-fluid cssClass="opora-library">
	<liferay-ui:success key="<%= LibraryWebKeys.SUCCESS_UPLOADED %>" message="opora-library-material-uploaded" />

	<h2><%= HtmlUtil.escape(material.getTitle()) %></h2>

	<c:if test="<%= !materialDisplayContext.isApproved() %>">
		<clay:alert displayType="info" message='<%= LanguageUtil.format(request, "opora-library-status-x", materialDisplayContext.getStatus(), false) %>' />
	</c:if>

	<p><%= HtmlUtil.escape(material.getDescription()) %></p>

	<dl class="row">
		<dt class="col-sm-3"><liferay-ui:message key="opora-library-field-subject" /></dt>
		<dd class="col-sm-9"><%= HtmlUtil.escape(materialDisplayContext.getSubject()) %></dd>

		<dt class="col-sm-3"><liferay-ui:message key="opora-library-field-grades" /></dt>
		<dd class="col-sm-9"><%= HtmlUtil.escape(materialDisplayContext.getGrades()) %></dd>

		<dt class="col-sm-3"><liferay-ui:message key="opora-library-field-type" /></dt>
		<dd class="col-sm-9"><%= HtmlUtil.escape(materialDisplayContext.getMaterialType()) %></dd>

		<dt class="col-sm-3"><liferay-ui:message key="opora-library-field-risk-factors" /></dt>
		<dd class="col-sm-9">

			<%
			for (String riskFactor : materialDisplayContext.getRiskFactors()) {
			%>

				<div><%= HtmlUtil.escape(riskFactor) %></div>

			<%
			}
			%>

		</dd>

		<dt class="col-sm-3"><liferay-ui:message key="opora-library-field-competences" /></dt>
		<dd class="col-sm-9"><%= HtmlUtil.escape(String.join(", ", material.getCompetenceCodes())) %></dd>

		<dt class="col-sm-3"><liferay-ui:message key="opora-library-field-author-school" /></dt>
		<dd class="col-sm-9"><%= HtmlUtil.escape(material.getAuthorSchool()) %></dd>

		<dt class="col-sm-3"><liferay-ui:message key="opora-library-author" /></dt>
		<dd class="col-sm-9"><%= HtmlUtil.escape(material.getAuthorName()) %></dd>

		<dt class="col-sm-3"><liferay-ui:message key="opora-library-municipality" /></dt>
		<dd class="col-sm-9"><%= HtmlUtil.escape(material.getMunicipalityName()) %></dd>

		<dt class="col-sm-3"><liferay-ui:message key="opora-library-field-file" /></dt>
		<dd class="col-sm-9"><%= HtmlUtil.escape(material.getFileName()) %> (<%= HtmlUtil.escape(materialDisplayContext.getSize()) %>)</dd>
	</dl>

	<clay:link displayType="primary" href="<%= materialDisplayContext.getDownloadURL() %>" label='<%= LanguageUtil.get(request, "opora-library-download") %>' type="button" />

	<clay:link displayType="secondary" href="<%= backURL %>" label='<%= LanguageUtil.get(request, "opora-library-back") %>' type="button" />
</clay:container-fluid>
