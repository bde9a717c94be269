<%--
/**
 * SPDX-FileCopyrightText: (c) 2026 Opora
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
--%>

<%@ include file="/init.jsp" %>

<%
NetworkDisplayContext networkDisplayContext = (NetworkDisplayContext)request.getAttribute(CooperationWebKeys.DISPLAY_CONTEXT);

BaseCooperationDisplayContext baseDisplayContext = networkDisplayContext;
Labels labels = networkDisplayContext.getLabels();
CooperationNetwork network = networkDisplayContext.getNetwork();
%>

<clay:container-fluid cssClass="opora-cooperation">
	<%@ include file="/tabs.jspf" %>

	<h2><liferay-ui:message key='<%= networkDisplayContext.isRegion() ? "opora-cooperation-network-of-the-region" : "opora-cooperation-network-of-the-municipality" %>' /></h2>

	<aui:form action="<%= networkDisplayContext.getViewURL() %>" method="post" name="networkFm">
		<clay:row>
			<clay:col md="4">
				<aui:input label="opora-cooperation-on-date" name="date" type="date" value="<%= networkDisplayContext.getDate() %>" />
			</clay:col>

			<clay:col md="4">
				<aui:select label="opora-cooperation-scope" name="scope">
					<aui:option label="opora-cooperation-scope-municipality" selected="<%= !networkDisplayContext.isRegion() %>" value="site" />
					<aui:option label="opora-cooperation-scope-region" selected="<%= networkDisplayContext.isRegion() %>" value="region" />
				</aui:select>
			</clay:col>

			<clay:col cssClass="align-self-end mb-3" md="4">
				<aui:button type="submit" value="opora-cooperation-show" />
			</clay:col>
		</clay:row>
	</aui:form>

	<div class="opora-cooperation-section">
		<div><liferay-ui:message key="opora-cooperation-share-of-low-results-in-cooperation" /></div>

		<div class="opora-cooperation-share"><%= HtmlUtil.escape(networkDisplayContext.getShare()) %></div>

		<small class="text-secondary"><liferay-ui:message key="opora-cooperation-share-help" /></small>
	</div>

	<table class="table table-autofit">
		<thead>
			<tr>
				<th><liferay-ui:message key="opora-cooperation-school" /></th>
				<th><liferay-ui:message key="opora-cooperation-groups" /></th>
				<th><liferay-ui:message key="opora-cooperation-partners" /></th>
			</tr>
		</thead>
		<tbody>

			<%
			for (CooperationNetwork.Row row : network.getRows()) {
				String cssClass = row.getSchool().isWeak() ? (row.hasAgreement() ? "opora-cooperation-weak" : "opora-cooperation-weak opora-cooperation-weak-without") : "";
			%>

				<tr class="<%= cssClass %>">
					<td><%= HtmlUtil.escape(row.getSchool().getName()) %></td>
					<td><%= HtmlUtil.escape(networkDisplayContext.getGroupLabels(row)) %></td>
					<td>
						<c:choose>
							<c:when test="<%= !row.hasAgreement() %>">
								<strong><liferay-ui:message key="opora-cooperation-no-agreement-in-effect" /></strong>
							</c:when>
							<c:otherwise>
								<ul class="list-unstyled mb-0">

									<%
									for (CooperationNetwork.Link link : row.getLinks()) {
									%>

										<li>
											<%= HtmlUtil.escape(networkDisplayContext.getPartnerName(link.getPartner())) %>
											— <%= HtmlUtil.escape(labels.get(link.getKind().labelKey())) %>,
											<a href="<%= networkDisplayContext.getViewAgreementURL(link.getAgreementId()) %>"><%= HtmlUtil.escape(labels.format("opora-cooperation-agreement-x", link.getNumber())) %></a>

											<c:if test="<%= link.isQualifying() && row.getSchool().isLowResults() %>">
												<clay:label displayType="success" label="opora-cooperation-counts-for-the-share" />
											</c:if>
										</li>

									<%
									}
									%>

								</ul>
							</c:otherwise>
						</c:choose>
					</td>
				</tr>

			<%
			}
			%>

		</tbody>
	</table>
</clay:container-fluid>
