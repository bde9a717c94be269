<%--
/**
 * SPDX-FileCopyrightText: (c) 2026 Opora
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
--%>

<%@ include file="/init.jsp" %>

<%
FeatureAvailability featureAvailability = (FeatureAvailability)request.getAttribute(CooperationWebKeys.FEATURE_AVAILABILITY);
%>

<c:if test="<%= (featureAvailability != null) && featureAvailability.isShowDisabledMessage() %>">
	<clay:container-fluid cssClass="opora-cooperation">
		<clay:alert
			displayType="info"
			title='<%= LanguageUtil.format(request, featureAvailability.getMessageKey(), LanguageUtil.get(request, featureAvailability.getFeatureLabelKey()), false) %>'
		>
			<liferay-ui:message key="opora-feature-disabled-help" />
		</clay:alert>
	</clay:container-fluid>
</c:if>
