<%--
/**
 * SPDX-FileCopyrightText: (c) 2026 Opora
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
--%>

<%@ include file="/init.jsp" %>

<%
OrganizationLinksDisplayContext organizationLinksDisplayContext = (OrganizationLinksDisplayContext)request.getAttribute(SchoolsWebKeys.DISPLAY_CONTEXT);

FormErrors formErrors = organizationLinksDisplayContext.getFormErrors();
%>

<clay:container-fluid cssClass="opora-schools opora-organization-links">
	<h2><liferay-ui:message key="opora-link-organizations" /></h2>

	<%@ include file="/form_errors.jspf" %>

	<p class="text-secondary"><liferay-ui:message key="opora-link-organizations-help" /></p>

	<aui:form action="<%= organizationLinksDisplayContext.getLinkURL() %>" method="post" name="fm">
		<aui:input checked="<%= organizationLinksDisplayContext.isCreateMissing() %>" helpMessage="opora-create-missing-organizations-help" label="opora-create-missing-organizations" name="createMissing" type="checkbox" />

		<aui:button-row>
			<aui:button primary="<%= true %>" type="submit" value="opora-link-organizations-run" />

			<aui:button href="<%= organizationLinksDisplayContext.getBackURL() %>" type="cancel" value="opora-back-to-the-schools" />
		</aui:button-row>
	</aui:form>

	<c:if test="<%= organizationLinksDisplayContext.hasResult() %>">
		<h3><liferay-ui:message key="opora-link-organizations-result" /></h3>

		<p><%= HtmlUtil.escape(organizationLinksDisplayContext.getMunicipalitySummary()) %></p>

		<ul class="list-inline">

			<%
			for (OrganizationLinksDisplayContext.OutcomeCount outcomeCount : organizationLinksDisplayContext.getCounts()) {
			%>

				<li class="list-inline-item">
					<span class="badge <%= outcomeCount.isUnresolved() ? "badge-warning" : "badge-success" %>"><%= HtmlUtil.escape(outcomeCount.getLabel()) %>: <%= outcomeCount.getCount() %></span>
				</li>

			<%
			}
			%>

		</ul>

		<table class="table table-autofit table-list">
			<thead>
				<tr>
					<th scope="col"><liferay-ui:message key="opora-school" /></th>
					<th scope="col"><liferay-ui:message key="opora-link-outcome" /></th>
					<th scope="col"><liferay-ui:message key="opora-organization" /></th>
				</tr>
			</thead>

			<tbody>

				<%
				for (OrganizationLinkResult.Entry entry : organizationLinksDisplayContext.getEntries()) {
				%>

					<tr class="<%= organizationLinksDisplayContext.isUnresolved(entry) ? "table-warning" : "" %>">
						<td><%= HtmlUtil.escape(entry.getSchoolName()) %></td>
						<td><%= HtmlUtil.escape(organizationLinksDisplayContext.getOutcomeLabel(entry)) %></td>
						<td><%= HtmlUtil.escape(entry.getOrganizationName()) %></td>
					</tr>

				<%
				}
				%>

			</tbody>
		</table>
	</c:if>
</clay:container-fluid>
