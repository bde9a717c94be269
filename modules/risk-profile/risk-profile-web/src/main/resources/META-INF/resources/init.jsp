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

<%@ page import="com.liferay.portal.kernel.language.LanguageUtil" %><%@
page import="com.liferay.portal.kernel.repository.model.FileEntry" %><%@
page import="com.liferay.portal.kernel.security.auth.PrincipalException" %><%@
page import="com.liferay.portal.kernel.util.HtmlUtil" %>

<%@ page import="java.util.List" %>

<%@ page import="ru.opora.domain.risk.dictionary.Question" %><%@
page import="ru.opora.library.model.Material" %><%@
page import="ru.opora.domain.risk.programme.MeasureData" %><%@
page import="ru.opora.portal.feature.FeatureAvailability" %><%@
page import="ru.opora.riskprofile.exception.RiskProfileValidationException" %><%@
page import="ru.opora.riskprofile.model.RiskDocument" %><%@
page import="ru.opora.riskprofile.model.RiskDocumentSnapshot" %><%@
page import="ru.opora.riskprofile.model.RiskMeasure" %><%@
page import="ru.opora.riskprofile.model.RiskReviewComment" %><%@
page import="ru.opora.riskprofile.model.RiskSurveyResponse" %><%@
page import="ru.opora.riskprofile.model.RiskVerification" %><%@
page import="ru.opora.riskprofile.web.internal.constants.RiskProfileWebKeys" %><%@
page import="ru.opora.riskprofile.web.internal.display.context.BaseRiskDisplayContext" %><%@
page import="ru.opora.riskprofile.web.internal.display.context.DocumentDisplayContext" %><%@
page import="ru.opora.riskprofile.web.internal.display.context.QuestionnaireDisplayContext" %><%@
page import="ru.opora.riskprofile.web.internal.display.context.SchoolProfileDisplayContext" %><%@
page import="ru.opora.riskprofile.web.internal.display.context.SchoolsDisplayContext" %>

<liferay-theme:defineObjects />

<portlet:defineObjects />
