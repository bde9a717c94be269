<%--
/**
 * SPDX-FileCopyrightText: (c) 2026 Opora
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
--%>

<%@ include file="/init.jsp" %>

<%@ page import="ru.opora.diagnostics.model.Course" %><%@
page import="ru.opora.diagnostics.web.internal.display.context.CoursesDisplayContext" %>

<%
CoursesDisplayContext coursesDisplayContext = (CoursesDisplayContext)request.getAttribute(DiagnosticsWebKeys.DISPLAY_CONTEXT);

BaseDisplayContext baseDisplayContext = coursesDisplayContext;
%>

<clay:container-fluid cssClass="opora-diagnostics">
	<%@ include file="/tabs.jspf" %>

	<h2><liferay-ui:message key="diagnostics-courses" /></h2>

	<c:if test="<%= coursesDisplayContext.canManageCourses() %>">
		<p><a class="btn btn-primary btn-sm" href="<%= coursesDisplayContext.renderURL(DiagnosticsWebKeys.MVC_EDIT_COURSE) %>"><liferay-ui:message key="diagnostics-add-course" /></a></p>
	</c:if>

	<c:choose>
		<c:when test="<%= coursesDisplayContext.getCourses().isEmpty() %>">
			<p><liferay-ui:message key="diagnostics-no-courses" /></p>
		</c:when>
		<c:otherwise>

			<%
			for (Course course : coursesDisplayContext.getCourses()) {
				String enrolmentStatus = coursesDisplayContext.getEnrolmentStatus(course);
			%>

				<div class="card mb-2">
					<div class="card-body">
						<h3 class="h6"><%= HtmlUtil.escape(course.getName()) %></h3>

						<p class="mb-1">
							<%= HtmlUtil.escape(course.getProvider()) %>
							&middot;
							<liferay-ui:message arguments="<%= course.getHours() %>" key="diagnostics-x-hours" />
							&middot;
							<%= HtmlUtil.escape(course.getFormat()) %>
							&middot;
							<%= coursesDisplayContext.format(course.getStartDate()) %> &ndash; <%= coursesDisplayContext.format(course.getEndDate()) %>
						</p>

						<p class="mb-1 text-secondary"><liferay-ui:message key="diagnostics-competences" />: <%= HtmlUtil.escape(coursesDisplayContext.getCompetences(course)) %></p>

						<c:if test="<%= !course.getUrl().isEmpty() %>">
							<p class="mb-1"><a href="<%= HtmlUtil.escapeHREF(course.getUrl()) %>" rel="noopener noreferrer" target="_blank"><liferay-ui:message key="diagnostics-course-link" /></a></p>
						</c:if>

						<c:if test="<%= coursesDisplayContext.canManageCourses() %>">
							<p class="mb-1"><a href="<%= coursesDisplayContext.renderURL(DiagnosticsWebKeys.MVC_EDIT_COURSE, "courseId", String.valueOf(course.getCourseId())) %>"><liferay-ui:message key="diagnostics-edit-course-and-enrolments" /></a></p>
						</c:if>

						<c:choose>
							<c:when test="<%= enrolmentStatus != null %>">
								<strong><liferay-ui:message key='<%= "diagnostics-enrolment-status-" + enrolmentStatus %>' /></strong>
							</c:when>
							<c:otherwise>
								<portlet:actionURL name="<%= DiagnosticsWebKeys.MVC_ENROL %>" var="enrolURL">
									<portlet:param name="courseId" value="<%= String.valueOf(course.getCourseId()) %>" />
								</portlet:actionURL>

								<aui:form action="<%= enrolURL %>" method="post" name='<%= "enrolFm" + course.getCourseId() %>'>
									<aui:button type="submit" value="diagnostics-enrol" />
								</aui:form>
							</c:otherwise>
						</c:choose>
					</div>
				</div>

			<%
			}
			%>

		</c:otherwise>
	</c:choose>
</clay:container-fluid>
