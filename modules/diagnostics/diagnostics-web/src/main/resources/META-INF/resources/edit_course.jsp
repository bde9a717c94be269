<%--
/**
 * SPDX-FileCopyrightText: (c) 2026 Opora
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
--%>

<%@ include file="/init.jsp" %>

<%@ page import="java.util.Map" %><%@
page import="ru.opora.diagnostics.web.internal.display.context.EditCourseDisplayContext" %>

<%
EditCourseDisplayContext editCourseDisplayContext = (EditCourseDisplayContext)request.getAttribute(DiagnosticsWebKeys.DISPLAY_CONTEXT);

BaseDisplayContext baseDisplayContext = editCourseDisplayContext;
%>

<portlet:actionURL name="<%= DiagnosticsWebKeys.MVC_EDIT_COURSE %>" var="saveCourseURL" />

<clay:container-fluid cssClass="opora-diagnostics">
	<%@ include file="/tabs.jspf" %>

	<h2><liferay-ui:message key='<%= editCourseDisplayContext.isNew() ? "diagnostics-add-course" : "diagnostics-edit-course" %>' /></h2>

	<aui:form action="<%= saveCourseURL %>" method="post" name="courseFm">
		<aui:input name="courseId" type="hidden" value="<%= editCourseDisplayContext.getCourseId() %>" />

		<aui:input label="diagnostics-field-name" name="name" required="<%= true %>" type="text" value='<%= editCourseDisplayContext.getValue("name") %>' />

		<aui:input label="diagnostics-field-provider" name="provider" required="<%= true %>" type="text" value='<%= editCourseDisplayContext.getValue("provider") %>' />

		<aui:input label="diagnostics-field-hours" name="hours" required="<%= true %>" type="number" value='<%= editCourseDisplayContext.getValue("hours") %>' />

		<aui:input helpMessage="diagnostics-course-format-help" label="diagnostics-field-format" name="format" type="text" value='<%= editCourseDisplayContext.getValue("format") %>' />

		<aui:input label="diagnostics-field-startDate" name="startDate" required="<%= true %>" type="date" value='<%= editCourseDisplayContext.getValue("startDate") %>' />

		<aui:input label="diagnostics-field-endDate" name="endDate" required="<%= true %>" type="date" value='<%= editCourseDisplayContext.getValue("endDate") %>' />

		<fieldset>
			<legend class="h6"><liferay-ui:message key="diagnostics-field-competenceCodes" /></legend>

			<c:if test="<%= editCourseDisplayContext.getCompetenceNames().isEmpty() %>">
				<p class="text-secondary"><liferay-ui:message key="diagnostics-course-no-competences" /></p>
			</c:if>

			<%
			for (Map.Entry<String, String> competence : editCourseDisplayContext.getCompetenceNames().entrySet()) {
			%>

				<aui:input checked="<%= editCourseDisplayContext.isCovered(competence.getKey()) %>" id='<%= "competence_" + competence.getKey() %>' label='<%= competence.getKey() + " — " + competence.getValue() %>' localizeLabel="<%= false %>" name="competenceCodes" type="checkbox" value="<%= competence.getKey() %>" />

			<%
			}
			%>

		</fieldset>

		<aui:input helpMessage="diagnostics-course-url-help" label="diagnostics-field-url" name="url" type="url" value='<%= editCourseDisplayContext.getValue("url") %>' />

		<aui:button-row>
			<aui:button type="submit" value="diagnostics-save" />
			<aui:button href="<%= editCourseDisplayContext.renderURL(DiagnosticsWebKeys.MVC_COURSES) %>" type="cancel" value="diagnostics-back" />
		</aui:button-row>
	</aui:form>

	<c:if test="<%= !editCourseDisplayContext.isNew() %>">
		<h3 class="h5"><liferay-ui:message arguments="<%= editCourseDisplayContext.getEnrolled().size() %>" key="diagnostics-course-enrolled-x" /></h3>

		<c:choose>
			<c:when test="<%= editCourseDisplayContext.getEnrolled().isEmpty() %>">
				<p class="text-secondary"><liferay-ui:message key="diagnostics-course-nobody" /></p>
			</c:when>
			<c:otherwise>
				<ul>

					<%
					for (String name : editCourseDisplayContext.getEnrolled()) {
					%>

						<li><%= HtmlUtil.escape(name) %></li>

					<%
					}
					%>

				</ul>
			</c:otherwise>
		</c:choose>

		<h3 class="h5"><liferay-ui:message arguments="<%= editCourseDisplayContext.getCompleted().size() %>" key="diagnostics-course-completed-x" /></h3>

		<c:choose>
			<c:when test="<%= editCourseDisplayContext.getCompleted().isEmpty() %>">
				<p class="text-secondary"><liferay-ui:message key="diagnostics-course-nobody" /></p>
			</c:when>
			<c:otherwise>
				<ul>

					<%
					for (String name : editCourseDisplayContext.getCompleted()) {
					%>

						<li><%= HtmlUtil.escape(name) %></li>

					<%
					}
					%>

				</ul>
			</c:otherwise>
		</c:choose>
	</c:if>
</clay:container-fluid>
