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

<%@ page import="com.liferay.petra.string.StringPool" %><%@
page import="com.liferay.portal.kernel.security.auth.PrincipalException" %><%@
page import="com.liferay.portal.kernel.upload.UploadException" %><%@
page import="com.liferay.portal.kernel.util.HtmlUtil" %>

<%@ page import="com.liferay.portal.kernel.language.LanguageUtil" %>

<%@ page import="java.util.List" %><%@
page import="java.util.Map" %>

<%@ page import="ru.opora.portal.feature.FeatureAvailability" %>

<%@ page import="ru.opora.domain.identification.SchoolClassification" %><%@
page import="ru.opora.domain.school.ContextFigures" %><%@
page import="ru.opora.domain.school.ResultFigures" %><%@
page import="ru.opora.domain.school.SchoolData" %>

<%@ page import="ru.opora.schools.exception.ImportFileRejectedException" %><%@
page import="ru.opora.schools.exception.ImportRejectedException" %><%@
page import="ru.opora.schools.exception.NoSuchSchoolException" %><%@
page import="ru.opora.schools.exception.OporaValidationException" %><%@
page import="ru.opora.schools.model.AssessmentResult" %><%@
page import="ru.opora.schools.model.SchoolContext" %><%@
page import="ru.opora.schools.organization.OrganizationLinkResult" %><%@
page import="ru.opora.schools.web.internal.constants.SchoolsWebKeys" %><%@
page import="ru.opora.schools.web.internal.display.context.EditAssessmentResultDisplayContext" %><%@
page import="ru.opora.schools.web.internal.display.context.EditSchoolContextDisplayContext" %><%@
page import="ru.opora.schools.web.internal.display.context.EditSchoolDisplayContext" %><%@
page import="ru.opora.schools.web.internal.display.context.FieldError" %><%@
page import="ru.opora.schools.web.internal.display.context.Figures" %><%@
page import="ru.opora.schools.web.internal.display.context.FormErrors" %><%@
page import="ru.opora.schools.web.internal.display.context.GroupBadge" %><%@
page import="ru.opora.schools.web.internal.display.context.IdentificationRulesDisplayContext" %><%@
page import="ru.opora.schools.web.internal.display.context.ImportResultDisplayContext" %><%@
page import="ru.opora.schools.web.internal.display.context.ImportWorkbookDisplayContext" %><%@
page import="ru.opora.schools.web.internal.display.context.KeyFigures" %><%@
page import="ru.opora.schools.web.internal.display.context.OrganizationLinksDisplayContext" %><%@
page import="ru.opora.schools.web.internal.display.context.ResultChart" %><%@
page import="ru.opora.schools.web.internal.display.context.SchoolSummary" %><%@
page import="ru.opora.schools.web.internal.display.context.SchoolsDisplayContext" %><%@
page import="ru.opora.schools.web.internal.display.context.SelectOption" %><%@
page import="ru.opora.schools.web.internal.display.context.ViewSchoolDisplayContext" %>

<liferay-theme:defineObjects />

<portlet:defineObjects />
