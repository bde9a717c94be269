<%--
/**
 * SPDX-FileCopyrightText: (c) 2026 Opora
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
--%>

<%@ include file="/init.jsp" %>

<%
IdentificationRulesDisplayContext identificationRulesDisplayContext = (IdentificationRulesDisplayContext)request.getAttribute(SchoolsWebKeys.DISPLAY_CONTEXT);
%>

<clay:container-fluid cssClass="opora-schools opora-identification-rules">
	<h2><liferay-ui:message key="opora-identification-rules" /></h2>

	<liferay-ui:success key="<%= SchoolsWebKeys.SUCCESS_RULES_SAVED %>" message="opora-the-identification-rules-were-saved" />

	<clay:alert
		displayType="info"
	>
		<liferay-ui:message key="opora-identification-rules-help" />
	</clay:alert>

	<c:if test="<%= identificationRulesDisplayContext.hasErrors() %>">
		<div class="alert alert-danger" role="alert">
			<liferay-ui:message key="opora-the-thresholds-are-not-valid" />

			<ul class="mb-0">

				<%
				for (FieldError fieldError : identificationRulesDisplayContext.getFieldErrors()) {
				%>

					<li><%= HtmlUtil.escape(fieldError.getText()) %></li>

				<%
				}
				%>

			</ul>
		</div>
	</c:if>

	<c:if test="<%= identificationRulesDisplayContext.isSubmitted() && !identificationRulesDisplayContext.hasErrors() %>">
		<div class="opora-what-if">
			<h3><liferay-ui:message key="opora-what-if" /></h3>

			<c:choose>
				<c:when test="<%= identificationRulesDisplayContext.getChangeRows().isEmpty() %>">
					<p><liferay-ui:message arguments="<%= identificationRulesDisplayContext.getSchoolsCount() %>" key="opora-what-if-no-changes-x" /></p>
				</c:when>
				<c:otherwise>
					<p><liferay-ui:message arguments="<%= new Object[] {identificationRulesDisplayContext.getChangedSchoolsCount(), identificationRulesDisplayContext.getSchoolsCount()} %>" key="opora-what-if-x-of-x-schools-change" /></p>

					<table class="table table-autofit table-striped">
						<thead>
							<tr>
								<th><liferay-ui:message key="opora-school" /></th>
								<th><liferay-ui:message key="opora-field-year" /></th>
								<th><liferay-ui:message key="opora-what-if-groups-now" /></th>
								<th><liferay-ui:message key="opora-what-if-groups-with-these-thresholds" /></th>
							</tr>
						</thead>

						<tbody>

							<%
							for (IdentificationRulesDisplayContext.ChangeRow changeRow : identificationRulesDisplayContext.getChangeRows()) {
							%>

								<tr>
									<td>
										<a href="<%= identificationRulesDisplayContext.getViewSchoolURL(changeRow.getSchoolId()) %>"><%= HtmlUtil.escape(changeRow.getSchoolName()) %></a>
									</td>
									<td><%= changeRow.getYear() %></td>
									<td>

										<%
										for (GroupBadge groupBadge : changeRow.getOldGroups()) {
										%>

											<clay:label
												displayType="<%= groupBadge.getDisplayType() %>"
												label="<%= groupBadge.getLabel() %>"
											/>

										<%
										}
										%>

									</td>
									<td>

										<%
										for (GroupBadge groupBadge : changeRow.getNewGroups()) {
										%>

											<clay:label
												displayType="<%= groupBadge.getDisplayType() %>"
												label="<%= groupBadge.getLabel() %>"
											/>

										<%
										}
										%>

									</td>
								</tr>

							<%
							}
							%>

						</tbody>
					</table>
				</c:otherwise>
			</c:choose>
		</div>
	</c:if>

	<aui:form action="<%= identificationRulesDisplayContext.getActionURL() %>" method="post" name="fm">
		<clay:sheet size="full">

			<%
			for (Map.Entry<String, List<IdentificationRulesDisplayContext.RuleRow>> section : identificationRulesDisplayContext.getSections().entrySet()) {
			%>

				<aui:fieldset label="<%= HtmlUtil.escape(section.getKey()) %>" localizeLabel="<%= false %>">

					<%
					for (IdentificationRulesDisplayContext.RuleRow ruleRow : section.getValue()) {
					%>

						<c:choose>
							<c:when test="<%= ruleRow.isBoolean() %>">
								<aui:input checked="<%= ruleRow.isChecked() %>" helpMessage="<%= HtmlUtil.escape(ruleRow.getHint()) %>" ignoreRequestValue="<%= true %>" label="<%= HtmlUtil.escape(ruleRow.getLabel()) %>" localizeLabel="<%= false %>" name="<%= ruleRow.getParameterName() %>" type="checkbox" wrapperCssClass="<%= ruleRow.getWrapperCssClass() %>" />
							</c:when>
							<c:otherwise>
								<aui:input helpMessage="<%= HtmlUtil.escape(ruleRow.getHint()) %>" ignoreRequestValue="<%= true %>" label="<%= HtmlUtil.escape(ruleRow.getLabel()) %>" localizeLabel="<%= false %>" name="<%= ruleRow.getParameterName() %>" type="text" value="<%= ruleRow.getValue() %>" wrapperCssClass="<%= ruleRow.getWrapperCssClass() %>" />
							</c:otherwise>
						</c:choose>

						<c:if test="<%= ruleRow.getErrorMessage() != null %>">
							<div class="form-feedback-item has-error text-danger"><%= HtmlUtil.escape(ruleRow.getErrorMessage()) %></div>
						</c:if>

					<%
					}
					%>

				</aui:fieldset>

			<%
			}
			%>

		</clay:sheet>

		<aui:button-row>
			<aui:button primary="<%= true %>" type="submit" value="opora-show-what-changes" />

			<button class="btn btn-secondary" formaction="<%= identificationRulesDisplayContext.getSaveURL() %>" type="submit">
				<liferay-ui:message key="opora-save-the-thresholds" />
			</button>

			<aui:button href="<%= identificationRulesDisplayContext.getResetURL() %>" value="opora-reset" />

			<aui:button href="<%= identificationRulesDisplayContext.getRedirect() %>" type="cancel" value="opora-back-to-the-schools" />
		</aui:button-row>
	</aui:form>
</clay:container-fluid>
