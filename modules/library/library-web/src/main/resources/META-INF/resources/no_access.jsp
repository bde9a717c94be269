<%--
/**
 * SPDX-FileCopyrightText: (c) 2026 Opora
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
--%>

<%@ include file="/init.jsp" %>


<clay:container-fluid cssClass="opora-library">
	<clay:alert displayType="warning" message='<%= LanguageUtil.get(request, "opora-library-no-access") %>' />
</clay:container-fluid>
