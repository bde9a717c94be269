<%--
/**
 * SPDX-FileCopyrightText: (c) 2026 Opora
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
--%>

<%@ include file="/init.jsp" %>

<%
QuestionnaireDisplayContext questionnaireDisplayContext = (QuestionnaireDisplayContext)request.getAttribute(RiskProfileWebKeys.DISPLAY_CONTEXT);

BaseRiskDisplayContext baseRiskDisplayContext = questionnaireDisplayContext;
%>

<portlet:renderURL var="homeURL" />

<clay:container-fluid cssClass="opora-risk">
	<clay:link
		displayType="secondary"
		href="<%= homeURL %>"
		label="opora-risk-back"
		type="button"
	/>

	<h2><liferay-ui:message key="opora-risk-questionnaire" /></h2>

	<liferay-ui:success key="opora-risk-answers-saved" message="opora-risk-answers-saved" />

	<%@ include file="/errors.jspf" %>

	<c:choose>
		<c:when test="<%= questionnaireDisplayContext.isAskCode() %>">
			<portlet:renderURL var="codeURL">
				<portlet:param name="mvcRenderCommandName" value="<%= RiskProfileWebKeys.MVC_QUESTIONNAIRE %>" />
			</portlet:renderURL>

			<p><liferay-ui:message key="opora-risk-code-help" /></p>

			<aui:form action="<%= codeURL %>" method="get" name="codeForm">
				<aui:input label="opora-risk-response-code" name="responseCode" required="<%= true %>" />

				<aui:button type="submit" value="opora-risk-open-questionnaire" />
			</aui:form>
		</c:when>
		<c:otherwise>
			<p class="text-secondary">
				<c:choose>
					<c:when test="<%= questionnaireDisplayContext.getSchoolId() > 0 %>">
						<liferay-ui:message key='<%= "opora-risk-group-" + questionnaireDisplayContext.getRespondentGroup() %>' />
					</c:when>
					<c:otherwise>
						<liferay-ui:message key="opora-risk-anonymous-help" />
					</c:otherwise>
				</c:choose>
			</p>

			<portlet:actionURL name="<%= RiskProfileWebKeys.MVC_SAVE_ANSWERS %>" var="saveURL" />

			<aui:form action="<%= saveURL %>" name="answersForm">
				<aui:input name="redirect" type="hidden" value="<%= questionnaireDisplayContext.getRedirect(homeURL) %>" />
				<aui:input name="responseCode" type="hidden" value="<%= questionnaireDisplayContext.getResponseCode() %>" />
				<aui:input name="schoolId" type="hidden" value="<%= questionnaireDisplayContext.getSchoolId() %>" />
				<aui:input name="year" type="hidden" value="<%= questionnaireDisplayContext.getYear() %>" />
				<aui:input name="respondentGroup" type="hidden" value="<%= questionnaireDisplayContext.getRespondentGroup() %>" />

				<%
				for (Question question : questionnaireDisplayContext.getQuestions()) {
					String answer = questionnaireDisplayContext.getAnswer(question);
				%>

					<fieldset class="mb-3">
						<legend class="h5"><%= HtmlUtil.escape(questionnaireDisplayContext.getText(question)) %></legend>

						<%
						for (int value = question.min(); value <= question.max(); value++) {
							String label = questionnaireDisplayContext.isYesNo(question) ? LanguageUtil.get(request, (value == 1) ? "opora-risk-yes" : "opora-risk-no") : LanguageUtil.get(request, "opora-risk-scale-" + value);
						%>

							<label class="mr-3">
								<input <%= answer.equals(String.valueOf(value)) ? "checked" : "" %> name="<portlet:namespace /><%= questionnaireDisplayContext.getAnswerName(question) %>" type="radio" value="<%= value %>" />
								<%= HtmlUtil.escape(label) %>
							</label>

						<%
						}
						%>

					</fieldset>

				<%
				}
				%>

				<aui:button type="submit" value="opora-risk-send-answers" />
			</aui:form>
		</c:otherwise>
	</c:choose>
</clay:container-fluid>
