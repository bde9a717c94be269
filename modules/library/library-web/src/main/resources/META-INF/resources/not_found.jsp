<%--
/**
 * SPDX-FileCopyrightText: (c) 2026 Opora
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
--%>

<%@ include file="/init.jsp" %>

<portlet:renderURL var="backURL">
	<portlet:param name="mvcRenderCommandName" value="<%= LibraryWebKeys.MVC_VIEW %>" />
</portlet:renderURL>

<clay:container-fluid cssClass="opora-library">
	<clay:alert displayType="warning" message='<%= LanguageUtil.get(request, "opora-library-not-found") %>' />
	<clay:link displayType="secondary" href="<%= backURL %>" label='<%= LanguageUtil.get(request, "opora-library-back") %>' type="button" />
</clay:container-fluid>
