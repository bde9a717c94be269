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
taglib uri="http://liferay.com/tld/portlet" prefix="liferay-portlet" %><%@
taglib uri="http://liferay.com/tld/theme" prefix="liferay-theme" %><%@
taglib uri="http://liferay.com/tld/ui" prefix="liferay-ui" %>

<%@ page import="com.liferay.petra.string.StringPool" %><%@
page import="com.liferay.portal.kernel.security.auth.PrincipalException" %><%@
page import="com.liferay.portal.kernel.language.LanguageUtil" %><%@
page import="com.liferay.portal.kernel.util.HtmlUtil" %>

<%@ page import="java.util.List" %>

<%@ page import="ru.opora.library.model.Material" %>

<%@ page import="ru.opora.mentoring.exception.MentoringValidationException" %><%@
page import="ru.opora.mentoring.exception.NoSuchMentorAssignmentException" %><%@
page import="ru.opora.mentoring.exception.NoSuchSupportEventException" %><%@
page import="ru.opora.mentoring.model.MentorAssignment" %><%@
page import="ru.opora.mentoring.model.MentorAssignmentHistory" %><%@
page import="ru.opora.mentoring.model.SupportEvent" %><%@
page import="ru.opora.mentoring.web.internal.constants.MentoringWebKeys" %><%@
page import="ru.opora.mentoring.web.internal.display.context.AssignmentDisplayContext" %><%@
page import="ru.opora.mentoring.web.internal.display.context.AssignmentsDisplayContext" %><%@
page import="ru.opora.mentoring.web.internal.display.context.BaseMentoringDisplayContext" %><%@
page import="ru.opora.mentoring.web.internal.display.context.EditAssignmentDisplayContext" %><%@
page import="ru.opora.mentoring.web.internal.display.context.EditSupportEventDisplayContext" %><%@
page import="ru.opora.mentoring.web.internal.display.context.EventMaterialsDisplayContext" %><%@
page import="ru.opora.mentoring.web.internal.display.context.EventRow" %><%@
page import="ru.opora.mentoring.web.internal.display.context.FieldError" %><%@
page import="ru.opora.mentoring.web.internal.display.context.FormErrors" %><%@
page import="ru.opora.mentoring.web.internal.display.context.MyMentorDisplayContext" %><%@
page import="ru.opora.mentoring.web.internal.display.context.MySchoolsDisplayContext" %><%@
page import="ru.opora.mentoring.web.internal.display.context.ReportSupportEventDisplayContext" %><%@
page import="ru.opora.mentoring.web.internal.display.context.SelectOption" %><%@
page import="ru.opora.mentoring.web.internal.display.context.SuggestionRow" %><%@
page import="ru.opora.mentoring.web.internal.display.context.SuggestionsDisplayContext" %><%@
page import="ru.opora.mentoring.web.internal.display.context.Tab" %>

<liferay-theme:defineObjects />

<portlet:defineObjects />
