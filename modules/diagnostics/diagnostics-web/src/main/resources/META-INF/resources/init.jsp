<%--
/**
 * SPDX-FileCopyrightText: (c) 2026 Opora
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
--%>

<%@ taglib uri="http://java.sun.com/jsp/jstl/core" prefix="c" %>

<%@ taglib uri="http://java.sun.com/portlet_2_0" prefix="portlet" %>

<%@ taglib uri="http://liferay.com/tld/aui" prefix="aui" %><%@
taglib uri="http://liferay.com/tld/clay" prefix="clay" %><%@
taglib uri="http://liferay.com/tld/theme" prefix="liferay-theme" %><%@
taglib uri="http://liferay.com/tld/ui" prefix="liferay-ui" %>

<%@ page import="com.liferay.portal.kernel.security.auth.PrincipalException" %><%@
page import="com.liferay.portal.kernel.servlet.SessionErrors" %><%@
page import="com.liferay.portal.kernel.servlet.SessionMessages" %><%@
page import="com.liferay.portal.kernel.util.HtmlUtil" %>

<%@ page import="java.util.List" %>

<%@ page import="ru.opora.diagnostics.model.Attempt" %><%@
page import="ru.opora.diagnostics.model.DiagnosticItem" %><%@
page import="ru.opora.diagnostics.model.DiagnosticSession" %><%@
page import="ru.opora.diagnostics.model.ItemBank" %><%@
page import="ru.opora.diagnostics.model.ItemView" %><%@
page import="ru.opora.diagnostics.model.ResultView" %><%@
page import="ru.opora.diagnostics.model.RouteAction" %><%@
page import="ru.opora.diagnostics.web.internal.constants.DiagnosticsWebKeys" %><%@
page import="ru.opora.diagnostics.web.internal.display.context.AggregatesDisplayContext" %><%@
page import="ru.opora.diagnostics.web.internal.display.context.AuditLogDisplayContext" %><%@
page import="ru.opora.diagnostics.web.internal.display.context.BankDisplayContext" %><%@
page import="ru.opora.diagnostics.web.internal.display.context.BaseDisplayContext" %><%@
page import="ru.opora.diagnostics.web.internal.display.context.CompetenceRow" %><%@
page import="ru.opora.diagnostics.web.internal.display.context.EditItemDisplayContext" %><%@
page import="ru.opora.diagnostics.web.internal.display.context.HomeDisplayContext" %><%@
page import="ru.opora.diagnostics.web.internal.display.context.MyViewsDisplayContext" %><%@
page import="ru.opora.diagnostics.web.internal.display.context.OpenSessionDisplayContext" %><%@
page import="ru.opora.diagnostics.web.internal.display.context.ResultDisplayContext" %><%@
page import="ru.opora.diagnostics.web.internal.display.context.ResultViewsDisplayContext" %><%@
page import="ru.opora.diagnostics.web.internal.display.context.SchoolDisplayContext" %><%@
page import="ru.opora.diagnostics.web.internal.display.context.TakeDisplayContext" %><%@
page import="ru.opora.domain.diagnostics.ActionType" %><%@
page import="ru.opora.domain.diagnostics.Competence" %><%@
page import="ru.opora.domain.diagnostics.ItemType" %><%@
page import="ru.opora.schools.model.School" %>

<liferay-theme:defineObjects />

<portlet:defineObjects />
