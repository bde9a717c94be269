<%--
/**
 * SPDX-FileCopyrightText: (c) 2026 Opora
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
--%>

<%@ include file="/init.jsp" %>

<%
SchoolProfileDisplayContext schoolProfileDisplayContext = (SchoolProfileDisplayContext)request.getAttribute(RiskProfileWebKeys.DISPLAY_CONTEXT);

BaseRiskDisplayContext baseRiskDisplayContext = schoolProfileDisplayContext;

String schoolId = String.valueOf(schoolProfileDisplayContext.getSchoolId());
String year = String.valueOf(schoolProfileDisplayContext.getYear());
List<SchoolProfileDisplayContext.FactorRow> factorRows = schoolProfileDisplayContext.getFactorRows();
%>

<portlet:renderURL var="currentURL">
	<portlet:param name="mvcRenderCommandName" value="<%= RiskProfileWebKeys.MVC_VIEW_SCHOOL %>" />
	<portlet:param name="schoolId" value="<%= schoolId %>" />
	<portlet:param name="year" value="<%= year %>" />
</portlet:renderURL>

<portlet:renderURL var="homeURL">
	<portlet:param name="year" value="<%= year %>" />
</portlet:renderURL>

<clay:container-fluid cssClass="opora-risk">
	<clay:link
		displayType="secondary"
		href="<%= homeURL %>"
		label="opora-risk-back"
		type="button"
	/>

	<h2><%= HtmlUtil.escape(schoolProfileDisplayContext.getSchool().getName()) %>, <%= year %></h2>

	<liferay-ui:success key="opora-risk-profile-calculated" message="opora-risk-profile-calculated" />
	<liferay-ui:success key="opora-risk-priorities-saved" message="opora-risk-priorities-saved" />
	<liferay-ui:success key="opora-risk-factor-verified" message="opora-risk-factor-verified" />
	<liferay-ui:success key="opora-risk-document-added" message="opora-risk-document-added" />
	<liferay-ui:success key="opora-risk-codes-issued" message="opora-risk-codes-issued" />

	<%@ include file="/errors.jspf" %>

	<h3><liferay-ui:message key="opora-risk-survey" /></h3>

	<table class="table table-autofit">
		<thead>
			<tr>
				<th><liferay-ui:message key="opora-risk-respondent-group" /></th>
				<th><liferay-ui:message key="opora-risk-answered" /></th>
				<th><liferay-ui:message key="opora-risk-required" /></th>
				<th></th>
			</tr>
		</thead>
		<tbody>

			<%
			for (String[] progressRow : schoolProfileDisplayContext.getProgressRows()) {
			%>

				<portlet:renderURL var="staffQuestionnaireURL">
					<portlet:param name="mvcRenderCommandName" value="<%= RiskProfileWebKeys.MVC_QUESTIONNAIRE %>" />
					<portlet:param name="schoolId" value="<%= schoolId %>" />
					<portlet:param name="year" value="<%= year %>" />
					<portlet:param name="respondentGroup" value="<%= progressRow[0] %>" />
					<portlet:param name="redirect" value="<%= currentURL %>" />
				</portlet:renderURL>

				<tr>
					<td><%= HtmlUtil.escape(progressRow[1]) %></td>
					<td><%= progressRow[2] %></td>
					<td><%= progressRow[3] %></td>
					<td>
						<c:if test='<%= progressRow[0].equals("DIRECTOR") || progressRow[0].equals("TEACHER") %>'>
							<a href="<%= staffQuestionnaireURL %>"><liferay-ui:message key="opora-risk-answer-questionnaire" /></a>
						</c:if>
					</td>
				</tr>

			<%
			}
			%>

		</tbody>
	</table>

	<c:if test="<%= schoolProfileDisplayContext.canUpdate() %>">
		<portlet:actionURL name="<%= RiskProfileWebKeys.MVC_ISSUE_CODES %>" var="issueCodesURL" />

		<aui:form action="<%= issueCodesURL %>" cssClass="form-inline mb-3" name="issueCodesForm">
			<aui:input name="redirect" type="hidden" value="<%= currentURL %>" />
			<aui:input name="schoolId" type="hidden" value="<%= schoolId %>" />
			<aui:input name="year" type="hidden" value="<%= year %>" />

			<aui:select label="opora-risk-respondent-group" name="respondentGroup">
				<aui:option label="opora-risk-group-PUPIL" value="PUPIL" />
				<aui:option label="opora-risk-group-PARENT" value="PARENT" />
			</aui:select>

			<aui:input cssClass="ml-2" label="opora-risk-code-count" name="count" type="number" value="25" />

			<aui:button cssClass="ml-2" type="submit" value="opora-risk-issue-codes" />
		</aui:form>

		<%
		List<RiskSurveyResponse> codes = schoolProfileDisplayContext.getResponseCodes();
		%>

		<c:if test="<%= !codes.isEmpty() %>">
			<details class="mb-3">
				<summary><liferay-ui:message arguments="<%= codes.size() %>" key="opora-risk-issued-codes-x" /></summary>

				<table class="table table-autofit">

					<%
					for (RiskSurveyResponse code : codes) {
					%>

						<tr>
							<td class="opora-risk-code"><%= HtmlUtil.escape(code.getResponseCode()) %></td>
							<td><liferay-ui:message key='<%= "opora-risk-group-" + code.getRespondentGroup() %>' /></td>
							<td><liferay-ui:message key='<%= code.getAnswers().isEmpty() ? "opora-risk-code-waiting" : "opora-risk-code-answered" %>' /></td>
						</tr>

					<%
					}
					%>

				</table>
			</details>
		</c:if>

		<%
		ru.opora.riskprofile.util.SurveyImportReport importReport = schoolProfileDisplayContext.getImportReport();
		%>

		<c:if test="<%= importReport != null %>">
			<clay:alert
				displayType='<%= importReport.getRejected().isEmpty() ? "success" : "warning" %>'
				title='<%= LanguageUtil.format(request, "opora-risk-import-x-rows-x-rejected", new Object[] {importReport.getImportedRows(), importReport.getRejected().size()}, false) %>'
			>
				<ul class="mb-0">

					<%
					for (ru.opora.domain.validation.Violation violation : importReport.getRejected()) {
					%>

						<li><%= HtmlUtil.escape(schoolProfileDisplayContext.describe(violation)) %></li>

					<%
					}
					%>

				</ul>
			</clay:alert>
		</c:if>

		<portlet:actionURL name="<%= RiskProfileWebKeys.MVC_IMPORT_ANSWERS %>" var="importURL" />

		<aui:form action="<%= importURL %>" cssClass="mb-3" enctype="multipart/form-data" name="importForm">
			<aui:input name="redirect" type="hidden" value="<%= currentURL %>" />
			<aui:input name="schoolId" type="hidden" value="<%= schoolId %>" />
			<aui:input name="year" type="hidden" value="<%= year %>" />

			<aui:input helpMessage="opora-risk-import-help" label="opora-risk-import-answers" name="file" type="file" />

			<aui:button type="submit" value="opora-risk-import" />
		</aui:form>

		<portlet:actionURL name="<%= RiskProfileWebKeys.MVC_CALCULATE_PROFILE %>" var="calculateURL" />

		<aui:form action="<%= calculateURL %>" name="calculateForm">
			<aui:input name="redirect" type="hidden" value="<%= currentURL %>" />
			<aui:input name="schoolId" type="hidden" value="<%= schoolId %>" />
			<aui:input name="year" type="hidden" value="<%= year %>" />

			<aui:button type="submit" value="opora-risk-calculate-profile" />
		</aui:form>
	</c:if>

	<h3 class="mt-4"><liferay-ui:message key="opora-risk-profile" /></h3>

	<c:choose>
		<c:when test="<%= schoolProfileDisplayContext.getProfile() == null %>">
			<clay:alert
				displayType="info"
				message="opora-risk-no-profile-yet"
			/>
		</c:when>
		<c:otherwise>
			<p class="text-secondary">
				<liferay-ui:message arguments="<%= new Object[] {schoolProfileDisplayContext.format(schoolProfileDisplayContext.getProfile().getCalculatedDate()), schoolProfileDisplayContext.getMaxPriorities()} %>" key="opora-risk-profile-calculated-x-max-x" />
			</p>

			<portlet:actionURL name="<%= RiskProfileWebKeys.MVC_UPDATE_PRIORITIES %>" var="prioritiesURL" />

			<aui:form action="<%= prioritiesURL %>" name="prioritiesForm">
				<aui:input name="redirect" type="hidden" value="<%= currentURL %>" />
				<aui:input name="riskProfileId" type="hidden" value="<%= schoolProfileDisplayContext.getProfile().getRiskProfileId() %>" />

				<table class="table table-autofit">
					<thead>
						<tr>
							<th><liferay-ui:message key="opora-risk-factor" /></th>
							<th><liferay-ui:message key="opora-risk-level" /></th>
							<th><liferay-ui:message key="opora-risk-chart" /></th>
							<th><liferay-ui:message arguments="<%= schoolProfileDisplayContext.getYear() - 1 %>" key="opora-risk-previous-year-x" /></th>
							<th><liferay-ui:message key="opora-risk-priority" /></th>
						</tr>
					</thead>
					<tbody>

						<%
						for (SchoolProfileDisplayContext.FactorRow factorRow : factorRows) {
						%>

							<tr>
								<td>
									<strong><%= factorRow.getCode() %></strong> <%= HtmlUtil.escape(factorRow.getName()) %>

									<details class="opora-risk-indicators">
										<summary><liferay-ui:message key="opora-risk-indicator-values" /></summary>

										<table class="table table-sm">
											<tr>
												<th><liferay-ui:message key="opora-risk-indicator" /></th>
												<th><liferay-ui:message key="opora-risk-respondent-group" /></th>
												<th><liferay-ui:message key="opora-risk-value" /></th>
												<th><liferay-ui:message key="opora-risk-respondents" /></th>
												<th><liferay-ui:message key="opora-risk-level" /></th>
											</tr>

											<%
											for (String[] indicator : factorRow.getIndicators()) {
											%>

												<tr>
													<td><%= HtmlUtil.escape(indicator[0]) %></td>
													<td><%= HtmlUtil.escape(indicator[1]) %></td>
													<td><%= HtmlUtil.escape(indicator[2]) %></td>
													<td><%= HtmlUtil.escape(indicator[3]) %></td>
													<td><%= HtmlUtil.escape(indicator[4]) %></td>
												</tr>

											<%
											}
											%>

										</table>
									</details>
								</td>
								<td>
									<%= HtmlUtil.escape(schoolProfileDisplayContext.levelLabel(factorRow.getLevel())) %>

									<c:if test="<%= factorRow.isCorrected() %>">
										<br /><small class="text-secondary"><liferay-ui:message arguments="<%= schoolProfileDisplayContext.levelLabel(factorRow.getComputedState()) %>" key="opora-risk-computed-x" /></small>
									</c:if>
								</td>
								<td>
									<div class="opora-risk-bar" title="<%= factorRow.getBarWidth() %>">
										<span class="opora-risk-level-<%= HtmlUtil.escapeAttribute(factorRow.getLevel()) %>" style="width: <%= factorRow.getBarWidth() %>%;"></span>
									</div>
								</td>
								<td>
									<%= HtmlUtil.escape(factorRow.getPreviousLevel().isEmpty() ? "" : schoolProfileDisplayContext.levelLabel(factorRow.getPreviousLevel())) %>
									<small class="text-secondary"><liferay-ui:message key='<%= "opora-risk-change-" + factorRow.getChange() %>' /></small>
								</td>
								<td>
									<c:if test="<%= factorRow.isEligible() || factorRow.isPriority() %>">
										<input <%= factorRow.isPriority() ? "checked" : "" %> <%= schoolProfileDisplayContext.canUpdate() ? "" : "disabled" %> name="<portlet:namespace />priorities" type="checkbox" value="<%= factorRow.getCode() %>" />
									</c:if>
								</td>
							</tr>

						<%
						}
						%>

					</tbody>
				</table>

				<c:if test="<%= schoolProfileDisplayContext.canUpdate() %>">
					<aui:button type="submit" value="opora-risk-save-priorities" />
				</c:if>
			</aui:form>

			<c:if test="<%= schoolProfileDisplayContext.canReview() %>">
				<h3 class="mt-4"><liferay-ui:message key="opora-risk-verification" /></h3>

				<portlet:actionURL name="<%= RiskProfileWebKeys.MVC_VERIFY_FACTOR %>" var="verifyURL" />

				<aui:form action="<%= verifyURL %>" name="verifyForm">
					<aui:input name="redirect" type="hidden" value="<%= currentURL %>" />
					<aui:input name="riskProfileId" type="hidden" value="<%= schoolProfileDisplayContext.getProfile().getRiskProfileId() %>" />

					<aui:select label="opora-risk-factor" name="factorCode">

						<%
						for (SchoolProfileDisplayContext.FactorRow factorRow : factorRows) {
						%>

							<aui:option label='<%= factorRow.getCode() + " " + factorRow.getName() %>' localizeLabel="<%= false %>" value="<%= factorRow.getCode() %>" />

						<%
						}
						%>

					</aui:select>

					<aui:select label="opora-risk-verification-action" name="verificationAction">
						<aui:option label="opora-risk-action-CONFIRM" value="CONFIRM" />
						<aui:option label="opora-risk-action-CORRECT" value="CORRECT" />
					</aui:select>

					<aui:select label="opora-risk-new-level" name="level">
						<aui:option label="" value="" />
						<aui:option label="opora-risk-level-HIGH" value="HIGH" />
						<aui:option label="opora-risk-level-MEDIUM" value="MEDIUM" />
						<aui:option label="opora-risk-level-LOW" value="LOW" />
						<aui:option label="opora-risk-level-NONE" value="NONE" />
					</aui:select>

					<aui:input label="opora-risk-comment" name="comment" type="textarea" />

					<aui:button type="submit" value="opora-risk-verify" />
				</aui:form>
			</c:if>

			<%
			List<RiskVerification> verifications = schoolProfileDisplayContext.getVerifications();
			%>

			<c:if test="<%= !verifications.isEmpty() %>">
				<h4 class="mt-3"><liferay-ui:message key="opora-risk-verification-history" /></h4>

				<table class="table table-autofit">
					<thead>
						<tr>
							<th><liferay-ui:message key="opora-risk-date" /></th>
							<th><liferay-ui:message key="opora-risk-curator" /></th>
							<th><liferay-ui:message key="opora-risk-factor" /></th>
							<th><liferay-ui:message key="opora-risk-verification-action" /></th>
							<th><liferay-ui:message key="opora-risk-level" /></th>
							<th><liferay-ui:message key="opora-risk-comment" /></th>
						</tr>
					</thead>
					<tbody>

						<%
						for (RiskVerification verification : verifications) {
						%>

							<tr>
								<td><%= schoolProfileDisplayContext.format(verification.getCreateDate()) %></td>
								<td><%= HtmlUtil.escape(verification.getUserName()) %></td>
								<td><%= HtmlUtil.escape(verification.getFactorCode()) %></td>
								<td><liferay-ui:message key='<%= "opora-risk-action-" + verification.getAction() %>' /></td>
								<td><%= HtmlUtil.escape(schoolProfileDisplayContext.levelLabel(verification.getFromLevel())) %> &rarr; <%= HtmlUtil.escape(schoolProfileDisplayContext.levelLabel(verification.getToLevel())) %></td>
								<td><%= HtmlUtil.escape(verification.getComment()) %></td>
							</tr>

						<%
						}
						%>

					</tbody>
				</table>
			</c:if>
		</c:otherwise>
	</c:choose>

	<h3 class="mt-4"><liferay-ui:message key="opora-risk-documents" /></h3>

	<%
	List<RiskDocument> documents = schoolProfileDisplayContext.getDocuments();
	%>

	<c:if test="<%= !documents.isEmpty() %>">
		<table class="table table-autofit">
			<thead>
				<tr>
					<th><liferay-ui:message key="opora-risk-document" /></th>
					<th><liferay-ui:message key="opora-risk-version" /></th>
					<th><liferay-ui:message key="opora-risk-status" /></th>
					<th><liferay-ui:message key="opora-risk-date" /></th>
				</tr>
			</thead>
			<tbody>

				<%
				for (RiskDocument document : documents) {
				%>

					<portlet:renderURL var="documentURL">
						<portlet:param name="mvcRenderCommandName" value="<%= RiskProfileWebKeys.MVC_VIEW_DOCUMENT %>" />
						<portlet:param name="riskDocumentId" value="<%= String.valueOf(document.getRiskDocumentId()) %>" />
					</portlet:renderURL>

					<tr>
						<td><a href="<%= documentURL %>"><liferay-ui:message key='<%= "opora-risk-document-type-" + document.getDocumentType() %>' /> <%= HtmlUtil.escape(document.getFactorCode()) %></a></td>
						<td><%= document.getVersion() %></td>
						<td><liferay-ui:message key='<%= "opora-risk-status-" + document.getStatus() %>' /></td>
						<td><%= schoolProfileDisplayContext.format(document.getStatusDate()) %></td>
					</tr>

				<%
				}
				%>

			</tbody>
		</table>
	</c:if>

	<c:if test="<%= schoolProfileDisplayContext.canUpdate() %>">
		<portlet:actionURL name="<%= RiskProfileWebKeys.MVC_ADD_DOCUMENT %>" var="addDocumentURL" />

		<aui:form action="<%= addDocumentURL %>" name="addDocumentForm">
			<aui:input name="redirect" type="hidden" value="<%= currentURL %>" />
			<aui:input name="schoolId" type="hidden" value="<%= schoolId %>" />
			<aui:input name="year" type="hidden" value="<%= year %>" />

			<aui:select label="opora-risk-document" name="documentType">

				<%
				for (String documentType : schoolProfileDisplayContext.getDocumentTypes()) {
				%>

					<aui:option label='<%= "opora-risk-document-type-" + documentType %>' value="<%= documentType %>" />

				<%
				}
				%>

			</aui:select>

			<aui:select helpMessage="opora-risk-factor-for-anti-risk-help" label="opora-risk-factor" name="factorCode">
				<aui:option label="" value="" />

				<%
				for (String priority : schoolProfileDisplayContext.getPriorities()) {
				%>

					<aui:option label="<%= priority %>" localizeLabel="<%= false %>" value="<%= priority %>" />

				<%
				}
				%>

			</aui:select>

			<aui:input label="opora-risk-period-start" name="periodStart" type="date" />
			<aui:input label="opora-risk-period-end" name="periodEnd" type="date" />

			<aui:button type="submit" value="opora-risk-add-document" />
		</aui:form>
	</c:if>
</clay:container-fluid>
