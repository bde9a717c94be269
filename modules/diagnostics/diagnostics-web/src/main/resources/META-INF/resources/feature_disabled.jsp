<%--
/**
 * SPDX-FileCopyrightText: (c) 2026 Opora
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
--%>

<%@ include file="/init.jsp" %>

<c:if test='<%= Boolean.TRUE.equals(request.getAttribute("FEATURE_ADMIN")) %>'>
	<div class="alert alert-info" role="status"><liferay-ui:message key="diagnostics-feature-disabled" /></div>
</c:if>
