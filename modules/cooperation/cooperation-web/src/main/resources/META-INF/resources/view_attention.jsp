<%--
/**
 * SPDX-FileCopyrightText: (c) 2026 Opora
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
--%>

<%@ include file="/init.jsp" %>

<%
AttentionDisplayContext attentionDisplayContext = (AttentionDisplayContext)request.getAttribute(CooperationWebKeys.DISPLAY_CONTEXT);

BaseCooperationDisplayContext baseDisplayContext = attentionDisplayContext;
Labels labels = attentionDisplayContext.getLabels();
%>

<clay:container-fluid cssClass="opora-cooperation">
	<%@ include file="/tabs.jspf" %>

	<h2><liferay-ui:message key="opora-cooperation-agreements-that-need-attention" /></h2>

	<c:choose>
		<c:when test="<%= attentionDisplayContext.getEntries().isEmpty() %>">
			<clay:alert
				displayType="success"
				message="opora-cooperation-nothing-needs-attention"
			/>
		</c:when>
		<c:otherwise>
			<table class="table table-autofit">
				<thead>
					<tr>
						<th><liferay-ui:message key="opora-field-number" /></th>
						<th><liferay-ui:message key="opora-field-status" /></th>
						<th><liferay-ui:message key="opora-field-end-date" /></th>
						<th><liferay-ui:message key="opora-cooperation-why" /></th>
					</tr>
				</thead>
				<tbody>

					<%
					for (Attention.Entry entry : attentionDisplayContext.getEntries()) {
						CooperationAgreement agreement = attentionDisplayContext.getAgreement(entry);
					%>

						<tr>
							<td><a href="<%= attentionDisplayContext.getViewAgreementURL(entry.getAgreementId()) %>"><%= HtmlUtil.escape(agreement.getNumber()) %></a></td>
							<td><%= HtmlUtil.escape(labels.get(entry.getItem().getStatus().labelKey())) %></td>
							<td><%= HtmlUtil.escape(labels.date(agreement.getEndLocalDate())) %></td>
							<td><%= HtmlUtil.escape(attentionDisplayContext.getReasons(entry)) %></td>
						</tr>

					<%
					}
					%>

				</tbody>
			</table>
		</c:otherwise>
	</c:choose>
</clay:container-fluid>
