<%--
/**
 * SPDX-FileCopyrightText: (c) 2026 Opora
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
--%>

<%@ include file="/init.jsp" %>

<%
SchoolsDisplayContext schoolsDisplayContext = (SchoolsDisplayContext)request.getAttribute(RiskProfileWebKeys.DISPLAY_CONTEXT);

List<SchoolsDisplayContext.SchoolRow> rows = schoolsDisplayContext.getRows();
%>

<portlet:renderURL var="currentURL">
	<portlet:param name="year" value="<%= String.valueOf(schoolsDisplayContext.getYear()) %>" />
</portlet:renderURL>

<clay:container-fluid cssClass="opora-risk">
	<h2><liferay-ui:message key="opora-risk-schools-title" /></h2>

	<portlet:renderURL var="yearURL" />

	<aui:form action="<%= yearURL %>" cssClass="form-inline mb-3" method="get" name="yearForm">
		<aui:input label="opora-risk-year" name="year" type="number" value="<%= schoolsDisplayContext.getYear() %>" />

		<aui:button cssClass="ml-2" type="submit" value="opora-risk-show" />
	</aui:form>

	<c:choose>
		<c:when test="<%= rows.isEmpty() %>">
			<clay:alert
				displayType="info"
				message="opora-risk-no-schools"
			/>
		</c:when>
		<c:otherwise>
			<p>
				<%= LanguageUtil.format(request, "opora-risk-monitoring-summary-x-x-x-x", new Object[] {schoolsDisplayContext.getStatusCount("ON_TRACK"), schoolsDisplayContext.getStatusCount("AT_RISK"), schoolsDisplayContext.getStatusCount("OFF_TRACK"), schoolsDisplayContext.getStatusCount("NO_DATA")}, false) %>
			</p>

			<portlet:resourceURL id="<%= RiskProfileWebKeys.MVC_EXPORT_MONITORING %>" var="exportURL">
				<portlet:param name="year" value="<%= String.valueOf(schoolsDisplayContext.getYear()) %>" />
			</portlet:resourceURL>

			<clay:link
				cssClass="mb-3"
				displayType="secondary"
				href="<%= exportURL %>"
				label="opora-risk-export-excel"
				type="button"
			/>

			<table class="table table-autofit table-list">
				<thead>
					<tr>
						<th><liferay-ui:message key="opora-risk-school" /></th>
						<th><liferay-ui:message key="opora-risk-level-HIGH" /></th>
						<th><liferay-ui:message key="opora-risk-level-MEDIUM" /></th>
						<th><liferay-ui:message key="opora-risk-level-NOT_ENOUGH_DATA" /></th>
						<th><liferay-ui:message key="opora-risk-priorities" /></th>
						<th><liferay-ui:message key="opora-risk-documents-approved" /></th>
						<th><liferay-ui:message key="opora-risk-monitoring" /></th>
					</tr>
				</thead>
				<tbody>

					<%
					for (SchoolsDisplayContext.SchoolRow row : rows) {
					%>

						<portlet:renderURL var="schoolURL">
							<portlet:param name="mvcRenderCommandName" value="<%= RiskProfileWebKeys.MVC_VIEW_SCHOOL %>" />
							<portlet:param name="schoolId" value="<%= String.valueOf(row.getSchoolId()) %>" />
							<portlet:param name="year" value="<%= String.valueOf(schoolsDisplayContext.getYear()) %>" />
						</portlet:renderURL>

						<tr>
							<td><a href="<%= schoolURL %>"><%= HtmlUtil.escape(row.getName()) %></a></td>
							<c:choose>
								<c:when test="<%= row.hasProfile() %>">
									<td><%= row.getHigh() %></td>
									<td><%= row.getMedium() %></td>
									<td><%= row.getNotEnoughData() %></td>
								</c:when>
								<c:otherwise>
									<td colspan="3"><liferay-ui:message key="opora-risk-no-profile" /></td>
								</c:otherwise>
							</c:choose>
							<td><%= HtmlUtil.escape(row.getPriorities()) %></td>
							<td><%= row.getApprovedDocuments() %> / <%= row.getDocuments() %></td>
							<td><liferay-ui:message key='<%= "opora-risk-track-" + row.getStatus() %>' /></td>
						</tr>

					<%
					}
					%>

				</tbody>
			</table>
		</c:otherwise>
	</c:choose>

	<c:if test="<%= schoolsDisplayContext.canManageDictionary() %>">
		<h3 class="mt-4"><liferay-ui:message key="opora-risk-dictionary" /></h3>

		<liferay-ui:success key="opora-risk-dictionary-version-added" message="opora-risk-dictionary-version-added" />

		<%
		BaseRiskDisplayContext baseRiskDisplayContext = schoolsDisplayContext;
		%>

		<%@ include file="/errors.jspf" %>

		<ul>

			<%
			for (ru.opora.riskprofile.model.RiskDictionaryVersion version : schoolsDisplayContext.getDictionaryVersions()) {
			%>

				<li><liferay-ui:message arguments="<%= new Object[] {version.getFromYear(), HtmlUtil.escape(version.getUserName()), schoolsDisplayContext.format(version.getCreateDate())} %>" key="opora-risk-dictionary-version-x-x-x" /></li>

			<%
			}
			%>

		</ul>

		<portlet:actionURL name="<%= RiskProfileWebKeys.MVC_ADD_DICTIONARY_VERSION %>" var="addVersionURL" />

		<aui:form action="<%= addVersionURL %>" name="dictionaryForm">
			<aui:input name="redirect" type="hidden" value="<%= currentURL %>" />

			<aui:input cssClass="text-monospace" helpMessage="opora-risk-dictionary-help" label="opora-risk-dictionary-new-version" name="content" rows="12" type="textarea" value="<%= schoolsDisplayContext.getDictionaryText() %>" />

			<aui:button type="submit" value="opora-risk-dictionary-add" />
		</aui:form>
	</c:if>

	<portlet:renderURL var="questionnaireURL">
		<portlet:param name="mvcRenderCommandName" value="<%= RiskProfileWebKeys.MVC_QUESTIONNAIRE %>" />
	</portlet:renderURL>

	<clay:link
		displayType="secondary"
		href="<%= questionnaireURL %>"
		label="opora-risk-answer-with-code"
		type="button"
	/>
</clay:container-fluid>
