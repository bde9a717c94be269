<%--
/**
 * SPDX-FileCopyrightText: (c) 2026 Opora
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
--%>

<%@ include file="/init.jsp" %>

<%
EventMaterialsDisplayContext eventMaterialsDisplayContext = (EventMaterialsDisplayContext)request.getAttribute(MentoringWebKeys.DISPLAY_CONTEXT);

BaseMentoringDisplayContext baseDisplayContext = eventMaterialsDisplayContext;

FormErrors formErrors = eventMaterialsDisplayContext.getFormErrors();

SupportEvent supportEvent = eventMaterialsDisplayContext.getSupportEvent();
%>

<clay:container-fluid cssClass="opora-mentoring opora-event-materials">
	<%@ include file="/tabs.jspf" %>

	<liferay-ui:success key="<%= MentoringWebKeys.SUCCESS_EVENT_MATERIALS_SAVED %>" message="opora-mentoring-event-materials-saved" />

	<h2><liferay-ui:message key="opora-mentoring-event-materials" /></h2>

	<p>
		<%= HtmlUtil.escape(eventMaterialsDisplayContext.getNames().school(eventMaterialsDisplayContext.getMentorAssignment().getSupportedSchoolId())) %>:
		<%= HtmlUtil.escape(eventMaterialsDisplayContext.getLabels().eventType(supportEvent.getSupportEventType())) %>,
		<%= HtmlUtil.escape(supportEvent.getTitle()) %>,
		<%= HtmlUtil.escape(eventMaterialsDisplayContext.getDates().format(supportEvent.getPlannedLocalDate())) %>
	</p>

	<%@ include file="/form_errors.jspf" %>

	<c:if test="<%= eventMaterialsDisplayContext.isEditable() %>">
		<liferay-portlet:renderURL varImpl="searchURL">
			<portlet:param name="mvcRenderCommandName" value="<%= MentoringWebKeys.MVC_EVENT_MATERIALS %>" />
			<portlet:param name="mentorAssignmentId" value="<%= String.valueOf(supportEvent.getMentorAssignmentId()) %>" />
			<portlet:param name="supportEventId" value="<%= String.valueOf(supportEvent.getSupportEventId()) %>" />
		</liferay-portlet:renderURL>

		<aui:form action="<%= searchURL.toString() %>" method="get" name="searchFm">
			<liferay-portlet:renderURLParams varImpl="searchURL" />

			<aui:input helpMessage="opora-mentoring-search-the-library-help" label="opora-mentoring-search-the-library" name="keywords" value="<%= eventMaterialsDisplayContext.getKeywords() %>" />

			<aui:button type="submit" value="opora-mentoring-find" />
		</aui:form>
	</c:if>

	<aui:form action="<%= eventMaterialsDisplayContext.getActionURL() %>" method="post" name="fm">
		<aui:input name="supportEventId" type="hidden" value="<%= supportEvent.getSupportEventId() %>" />
		<aui:input name="mentorAssignmentId" type="hidden" value="<%= supportEvent.getMentorAssignmentId() %>" />

		<h3><liferay-ui:message key="opora-mentoring-linked-materials" /></h3>

		<c:if test="<%= eventMaterialsDisplayContext.getLinkedMaterials().isEmpty() %>">
			<p class="text-secondary"><liferay-ui:message key="opora-mentoring-no-linked-materials" /></p>
		</c:if>

		<ul class="list-unstyled">

			<%
			for (Material material : eventMaterialsDisplayContext.getLinkedMaterials()) {
				String materialURL = eventMaterialsDisplayContext.getMaterialURL(material);
			%>

				<li class="mb-2">
					<c:choose>
						<c:when test="<%= eventMaterialsDisplayContext.isEditable() %>">
							<aui:input checked="<%= true %>" id='<%= "linked" + material.getFileEntryId() %>' label="<%= HtmlUtil.escape(material.getTitle()) %>" name="fileEntryIds" type="checkbox" value="<%= material.getFileEntryId() %>" />
						</c:when>
						<c:otherwise>
							<strong><%= HtmlUtil.escape(material.getTitle()) %></strong>
						</c:otherwise>
					</c:choose>

					<c:if test="<%= materialURL != null %>">
						<a href="<%= HtmlUtil.escapeHREF(materialURL) %>" target="_blank"><liferay-ui:message key="opora-mentoring-open-material" /></a>
					</c:if>

					<span class="text-secondary"><%= HtmlUtil.escape(material.getAuthorSchool()) %></span>
				</li>

			<%
			}
			%>

		</ul>

		<c:if test="<%= eventMaterialsDisplayContext.isSearched() %>">
			<h3><liferay-ui:message key="opora-mentoring-found-materials" /></h3>

			<c:if test="<%= eventMaterialsDisplayContext.getFoundMaterials().isEmpty() %>">
				<p class="text-secondary"><liferay-ui:message key="opora-mentoring-no-materials-found" /></p>
			</c:if>

			<ul class="list-unstyled">

				<%
				for (Material material : eventMaterialsDisplayContext.getFoundMaterials()) {
				%>

					<li class="mb-2">
						<aui:input checked="<%= false %>" id='<%= "found" + material.getFileEntryId() %>' label="<%= HtmlUtil.escape(material.getTitle()) %>" name="fileEntryIds" type="checkbox" value="<%= material.getFileEntryId() %>" />

						<span class="text-secondary"><%= HtmlUtil.escape(material.getAuthorSchool()) %></span>
					</li>

				<%
				}
				%>

			</ul>
		</c:if>

		<aui:button-row>
			<c:if test="<%= eventMaterialsDisplayContext.isEditable() %>">
				<aui:button primary="<%= true %>" type="submit" value="opora-mentoring-save-materials" />
			</c:if>

			<aui:button href="<%= eventMaterialsDisplayContext.getBackURL() %>" type="cancel" value="opora-mentoring-back" />
		</aui:button-row>
	</aui:form>
</clay:container-fluid>
