<%--
/**
 * SPDX-FileCopyrightText: (c) 2026 Opora
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
--%>

<%@ include file="/init.jsp" %>

<%
EditSchoolContextDisplayContext editSchoolContextDisplayContext = (EditSchoolContextDisplayContext)request.getAttribute(SchoolsWebKeys.DISPLAY_CONTEXT);

FormErrors formErrors = editSchoolContextDisplayContext.getFormErrors();
%>

<clay:container-fluid cssClass="opora-schools">
	<h2><%= HtmlUtil.escape(editSchoolContextDisplayContext.getTitle()) %></h2>

	<%@ include file="/form_errors.jspf" %>

	<aui:form action="<%= editSchoolContextDisplayContext.getActionURL() %>" method="post" name="fm">
		<aui:input name="redirect" type="hidden" value="<%= editSchoolContextDisplayContext.getRedirect() %>" />
		<aui:input name="schoolId" type="hidden" value="<%= editSchoolContextDisplayContext.getSchool().getSchoolId() %>" />

		<clay:sheet size="full">
			<p class="text-secondary"><liferay-ui:message key="opora-context-form-help" /></p>

			<aui:input label="opora-field-year" name="year" required="<%= true %>" value='<%= editSchoolContextDisplayContext.getValue("year") %>' wrapperCssClass='<%= formErrors.getWrapperCssClass("year") %>' />

			<aui:input label="opora-field-pupils-count" name="pupilsCount" required="<%= true %>" value='<%= editSchoolContextDisplayContext.getValue("pupilsCount") %>' wrapperCssClass='<%= formErrors.getWrapperCssClass("pupilsCount") %>' />

			<aui:input label="opora-field-share-single-parent" name="shareSingleParent" value='<%= editSchoolContextDisplayContext.getValue("shareSingleParent") %>' wrapperCssClass='<%= formErrors.getWrapperCssClass("shareSingleParent") %>' />

			<aui:input label="opora-field-share-both-parents-higher-education" name="shareBothParentsHigherEducation" value='<%= editSchoolContextDisplayContext.getValue("shareBothParentsHigherEducation") %>' wrapperCssClass='<%= formErrors.getWrapperCssClass("shareBothParentsHigherEducation") %>' />

			<aui:input label="opora-field-share-parent-higher-education" name="shareParentHigherEducation" value='<%= editSchoolContextDisplayContext.getValue("shareParentHigherEducation") %>' wrapperCssClass='<%= formErrors.getWrapperCssClass("shareParentHigherEducation") %>' />

			<aui:input label="opora-field-share-deviant-registered" name="shareDeviantRegistered" value='<%= editSchoolContextDisplayContext.getValue("shareDeviantRegistered") %>' wrapperCssClass='<%= formErrors.getWrapperCssClass("shareDeviantRegistered") %>' />

			<aui:input label="opora-field-share-non-native-russian" name="shareNonNativeRussian" value='<%= editSchoolContextDisplayContext.getValue("shareNonNativeRussian") %>' wrapperCssClass='<%= formErrors.getWrapperCssClass("shareNonNativeRussian") %>' />

			<aui:input label="opora-field-share-low-income" name="shareLowIncome" value='<%= editSchoolContextDisplayContext.getValue("shareLowIncome") %>' wrapperCssClass='<%= formErrors.getWrapperCssClass("shareLowIncome") %>' />

			<aui:input label="opora-field-teacher-vacancies" name="teacherVacancies" required="<%= true %>" value='<%= editSchoolContextDisplayContext.getValue("teacherVacancies") %>' wrapperCssClass='<%= formErrors.getWrapperCssClass("teacherVacancies") %>' />

			<aui:input label="opora-field-share-teachers-aged-65plus" name="shareTeachersAged65Plus" value='<%= editSchoolContextDisplayContext.getValue("shareTeachersAged65Plus") %>' wrapperCssClass='<%= formErrors.getWrapperCssClass("shareTeachersAged65Plus") %>' />

			<aui:input label="opora-field-share-teachers-double-load" name="shareTeachersDoubleLoad" value='<%= editSchoolContextDisplayContext.getValue("shareTeachersDoubleLoad") %>' wrapperCssClass='<%= formErrors.getWrapperCssClass("shareTeachersDoubleLoad") %>' />

			<aui:input checked='<%= editSchoolContextDisplayContext.isChecked("needsMajorRepair") %>' label="opora-field-needs-major-repair" name="needsMajorRepair" type="checkbox" />

			<aui:input checked='<%= editSchoolContextDisplayContext.isChecked("hasHighSpeedInternet") %>' label="opora-field-has-high-speed-internet" name="hasHighSpeedInternet" type="checkbox" />

			<aui:input checked='<%= editSchoolContextDisplayContext.isChecked("hasGrowthPointCentre") %>' label="opora-field-has-growth-point-centre" name="hasGrowthPointCentre" type="checkbox" />
		</clay:sheet>

		<aui:button-row>
			<aui:button primary="<%= true %>" type="submit" value="opora-save" />

			<aui:button href="<%= editSchoolContextDisplayContext.getRedirect() %>" type="cancel" value="opora-cancel" />
		</aui:button-row>
	</aui:form>
</clay:container-fluid>
