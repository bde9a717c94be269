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

<%@ page import="com.liferay.portal.kernel.language.LanguageUtil" %><%@
page import="com.liferay.portal.kernel.util.HtmlUtil" %>

<%@ page import="java.util.List" %>

<%@ page import="javax.portlet.PortletURL" %>

<%@ page import="ru.opora.library.exception.MaterialValidationException" %><%@
page import="ru.opora.library.model.Material" %><%@
page import="ru.opora.library.model.MaterialQuery" %><%@
page import="ru.opora.library.web.internal.constants.LibraryWebKeys" %><%@
page import="ru.opora.library.web.internal.display.context.FieldError" %><%@
page import="ru.opora.library.web.internal.display.context.Labels" %><%@
page import="ru.opora.library.web.internal.display.context.MaterialDisplayContext" %><%@
page import="ru.opora.library.web.internal.display.context.MaterialsDisplayContext" %><%@
page import="ru.opora.library.web.internal.display.context.PendingDisplayContext" %><%@
page import="ru.opora.library.web.internal.display.context.SelectOption" %><%@
page import="ru.opora.library.web.internal.display.context.UploadDisplayContext" %>

<liferay-theme:defineObjects />

<portlet:defineObjects />
