<%--
/**
 * SPDX-FileCopyrightText: (c) 2026 Opora
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
--%>

<%@ include file="/init.jsp" %>

<%
SuggestionsDisplayContext suggestionsDisplayContext = (SuggestionsDisplayContext)request.getAttribute(MentoringWebKeys.DISPLAY_CONTEXT);

BaseMentoringDisplayContext baseDisplayContext = suggestionsDisplayContext;

FormErrors formErrors = suggestionsDisplayContext.getFormErrors();

List<SuggestionRow> suggestionRows = suggestionsDisplayContext.getSuggestionRows();
List<String[]> unassignedRows = suggestionsDisplayContext.getUnassignedRows();
%>

<clay:container-fluid cssClass="opora-mentoring">
	<%@ include file="/tabs.jspf" %>

	<h2><liferay-ui:message key="opora-mentoring-suggested-mentor-schools" /></h2>

	<p class="opora-mentoring-help">
		<liferay-ui:message arguments="<%= new Object[] {suggestionsDisplayContext.getSupportedCount(), suggestionsDisplayContext.getCandidateCount(), suggestionsDisplayContext.getCapacity()} %>" key="opora-mentoring-suggestions-help-x-x-x" />
	</p>

	<p class="opora-mentoring-help">
		<liferay-ui:message key="opora-mentoring-distance-help" />
	</p>

	<%@ include file="/form_errors.jspf" %>

	<c:choose>
		<c:when test="<%= suggestionRows.isEmpty() %>">
			<clay:alert
				displayType="info"
				message="opora-mentoring-no-suggestions"
			/>
		</c:when>
		<c:otherwise>
			<aui:form action="<%= suggestionsDisplayContext.getAcceptURL() %>" method="post" name="acceptFm">
				<clay:row>
					<clay:col cssClass='<%= formErrors.getWrapperCssClass("startDate") %>' md="3">
						<div class="form-group">
							<label for="<portlet:namespace />startDate"><liferay-ui:message key="opora-field-start-date" /></label>

							<input class="form-control" id="<portlet:namespace />startDate" name="<portlet:namespace />startDate" required type="date" value="<%= HtmlUtil.escapeAttribute(suggestionsDisplayContext.getStartDate()) %>" />
						</div>
					</clay:col>

					<clay:col cssClass='<%= formErrors.getWrapperCssClass("endDate") %>' md="3">
						<div class="form-group">
							<label for="<portlet:namespace />endDate"><liferay-ui:message key="opora-field-end-date" /></label>

							<input class="form-control" id="<portlet:namespace />endDate" name="<portlet:namespace />endDate" type="date" value="<%= HtmlUtil.escapeAttribute(suggestionsDisplayContext.getEndDate()) %>" />
						</div>
					</clay:col>
				</clay:row>

				<p class="opora-mentoring-help">
					<liferay-ui:message key="opora-mentoring-tick-help" />
				</p>

				<table class="table table-autofit table-list">
					<thead>
						<tr>
							<th><liferay-ui:message key="opora-mentoring-accept" /></th>
							<th><liferay-ui:message key="opora-field-supported-school-id" /></th>
							<th><liferay-ui:message key="opora-field-mentor-school-id" /></th>
							<th><liferay-ui:message key="opora-mentoring-cost" /></th>
							<th><liferay-ui:message key="opora-mentoring-why" /></th>
						</tr>
					</thead>

					<tbody>

						<%
						for (SuggestionRow suggestionRow : suggestionRows) {
						%>

							<tr>
								<td>
									<input <%= suggestionRow.isChecked() ? "checked" : StringPool.BLANK %> aria-label="<liferay-ui:message key="opora-mentoring-accept" />" name="<portlet:namespace />pairs" type="checkbox" value="<%= HtmlUtil.escapeAttribute(suggestionRow.getKey()) %>" />
								</td>
								<td>
									<strong><%= HtmlUtil.escape(suggestionRow.getSupportedSchool()) %></strong>

									<div class="text-secondary"><%= HtmlUtil.escape(suggestionRow.getSupportedGroups()) %></div>
								</td>
								<td>
									<strong><%= HtmlUtil.escape(suggestionRow.getMentorSchool()) %></strong>

									<div class="text-secondary"><%= HtmlUtil.escape(suggestionRow.getMentorGroups()) %></div>
								</td>
								<td><%= suggestionRow.getCost() %></td>
								<td>
									<ul class="opora-mentoring-explanation">

										<%
										for (String line : suggestionRow.getExplanation()) {
										%>

											<li><%= HtmlUtil.escape(line) %></li>

										<%
										}
										%>

									</ul>
								</td>
							</tr>

						<%
						}
						%>

					</tbody>
				</table>

				<p>
					<liferay-ui:message arguments="<%= suggestionsDisplayContext.getTotalCost() %>" key="opora-mentoring-total-cost-x" />
				</p>

				<aui:button-row>
					<aui:button primary="<%= true %>" type="submit" value="opora-mentoring-accept-ticked-pairs" />
				</aui:button-row>
			</aui:form>
		</c:otherwise>
	</c:choose>

	<c:if test="<%= !unassignedRows.isEmpty() %>">
		<h3><liferay-ui:message key="opora-mentoring-schools-without-a-mentor" /></h3>

		<table class="table table-autofit table-list">
			<thead>
				<tr>
					<th><liferay-ui:message key="opora-field-supported-school-id" /></th>
					<th><liferay-ui:message key="opora-mentoring-groups" /></th>
					<th><liferay-ui:message key="opora-mentoring-reason" /></th>
				</tr>
			</thead>

			<tbody>

				<%
				for (String[] unassignedRow : unassignedRows) {
				%>

					<tr>
						<td><%= HtmlUtil.escape(unassignedRow[0]) %></td>
						<td><%= HtmlUtil.escape(unassignedRow[1]) %></td>
						<td><%= HtmlUtil.escape(unassignedRow[2]) %></td>
					</tr>

				<%
				}
				%>

			</tbody>
		</table>
	</c:if>
</clay:container-fluid>
