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
page import="com.liferay.portal.kernel.language.LanguageUtil" %><%@
page import="com.liferay.portal.kernel.security.auth.PrincipalException" %><%@
page import="com.liferay.portal.kernel.util.HtmlUtil" %>

<%@ page import="java.util.List" %>

<%@ page import="ru.opora.cooperation.exception.CooperationValidationException" %><%@
page import="ru.opora.cooperation.exception.NoSuchCooperationAgreementException" %><%@
page import="ru.opora.cooperation.model.AgreementHistory" %><%@
page import="ru.opora.cooperation.model.AgreementModule" %><%@
page import="ru.opora.cooperation.model.AgreementParty" %><%@
page import="ru.opora.cooperation.model.AgreementProgramme" %><%@
page import="ru.opora.cooperation.model.AgreementResource" %><%@
page import="ru.opora.cooperation.model.CooperationAgreement" %><%@
page import="ru.opora.cooperation.web.internal.constants.CooperationWebKeys" %><%@
page import="ru.opora.cooperation.web.internal.display.context.AgreementDisplayContext" %><%@
page import="ru.opora.cooperation.web.internal.display.context.AgreementRow" %><%@
page import="ru.opora.cooperation.web.internal.display.context.AgreementsDisplayContext" %><%@
page import="ru.opora.cooperation.web.internal.display.context.AttentionDisplayContext" %><%@
page import="ru.opora.cooperation.web.internal.display.context.BaseCooperationDisplayContext" %><%@
page import="ru.opora.cooperation.web.internal.display.context.EditAgreementDisplayContext" %><%@
page import="ru.opora.cooperation.web.internal.display.context.Labels" %><%@
page import="ru.opora.cooperation.web.internal.display.context.NetworkDisplayContext" %><%@
page import="ru.opora.cooperation.web.internal.display.context.SelectOption" %><%@
page import="ru.opora.domain.cooperation.AgreementStatus" %><%@
page import="ru.opora.domain.cooperation.Attention" %><%@
page import="ru.opora.domain.cooperation.CooperationNetwork" %><%@
page import="ru.opora.domain.validation.Violation" %><%@
page import="ru.opora.portal.feature.FeatureAvailability" %>

<liferay-theme:defineObjects />

<portlet:defineObjects />
