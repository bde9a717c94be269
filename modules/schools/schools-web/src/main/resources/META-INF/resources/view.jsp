<%--
/**
 * SPDX-FileCopyrightText: (c) 2026 Opora
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
--%>

<%@ include file="/init.jsp" %>

<%
SchoolsDisplayContext schoolsDisplayContext = (SchoolsDisplayContext)request.getAttribute(SchoolsWebKeys.DISPLAY_CONTEXT);
%>

<clay:container-fluid cssClass="opora-schools">
	<liferay-ui:success key="<%= SchoolsWebKeys.SUCCESS_SCHOOL_SAVED %>" message="opora-the-school-was-saved" />
	<liferay-ui:success key="<%= SchoolsWebKeys.SUCCESS_SCHOOL_DELETED %>" message="opora-the-school-was-deleted" />

	<clay:row cssClass="align-items-center mb-3">
		<clay:col md="8">
			<h2 class="mb-0"><liferay-ui:message key="opora-schools-of-the-municipality" /></h2>
		</clay:col>

		<clay:col cssClass="text-md-right" md="4">
			<c:if test="<%= schoolsDisplayContext.isShowAddButton() %>">
				<clay:link
					displayType="primary"
					href="<%= schoolsDisplayContext.getAddSchoolURL() %>"
					icon="plus"
					label="opora-add-school"
					type="button"
				/>
			</c:if>
		</clay:col>
	</clay:row>

	<div class="btn-toolbar mb-3 opora-schools-toolbar">
		<c:if test="<%= schoolsDisplayContext.isShowImportButton() %>">
			<clay:link
				cssClass="mr-2"
				displayType="secondary"
				href="<%= schoolsDisplayContext.getImportURL() %>"
				icon="upload"
				label="opora-import"
				type="button"
			/>

			<clay:link
				cssClass="mr-2"
				displayType="secondary"
				href="<%= schoolsDisplayContext.getTemplateURL() %>"
				icon="download"
				label="opora-template"
				type="button"
			/>
		</c:if>

		<clay:link
			cssClass="mr-2"
			displayType="secondary"
			href="<%= schoolsDisplayContext.getExportURL() %>"
			icon="download"
			label="opora-export-to-excel"
			type="button"
		/>

		<c:if test="<%= schoolsDisplayContext.isShowLinkOrganizationsButton() %>">
			<clay:link
				cssClass="mr-2"
				displayType="secondary"
				href="<%= schoolsDisplayContext.getLinkOrganizationsURL() %>"
				icon="users"
				label="opora-link-organizations"
				type="button"
			/>
		</c:if>

		<c:if test="<%= schoolsDisplayContext.isShowIdentificationRulesButton() %>">
			<clay:link
				displayType="secondary"
				href="<%= schoolsDisplayContext.getIdentificationRulesURL() %>"
				icon="cog"
				label="opora-identification-rules"
				type="button"
			/>
		</c:if>
	</div>

	<aui:form action="<%= schoolsDisplayContext.getSearchURL() %>" cssClass="opora-schools-filters" method="post" name="filterFm">
		<clay:row>
			<clay:col md="4">
				<aui:input label="opora-search" name="keywords" placeholder="opora-name-address-or-head" value="<%= schoolsDisplayContext.getKeywords() %>" />
			</clay:col>

			<clay:col md="2">
				<aui:select label="opora-field-level" name="level">
					<aui:option label="opora-any" value="" />

					<%
					for (SelectOption selectOption : schoolsDisplayContext.getLevelOptions()) {
					%>

						<aui:option label="<%= selectOption.getLabel() %>" localizeLabel="<%= false %>" selected="<%= selectOption.isSelected() %>" value="<%= selectOption.getValue() %>" />

					<%
					}
					%>

				</aui:select>
			</clay:col>

			<clay:col md="2">
				<aui:select label="opora-field-settlement-type" name="settlementType">
					<aui:option label="opora-any" value="" />

					<%
					for (SelectOption selectOption : schoolsDisplayContext.getSettlementTypeOptions()) {
					%>

						<aui:option label="<%= selectOption.getLabel() %>" localizeLabel="<%= false %>" selected="<%= selectOption.isSelected() %>" value="<%= selectOption.getValue() %>" />

					<%
					}
					%>

				</aui:select>
			</clay:col>

			<clay:col md="2">
				<aui:select label="opora-group" name="group">
					<aui:option label="opora-any" value="" />

					<%
					for (SelectOption selectOption : schoolsDisplayContext.getGroupOptions()) {
					%>

						<aui:option label="<%= selectOption.getLabel() %>" localizeLabel="<%= false %>" selected="<%= selectOption.isSelected() %>" value="<%= selectOption.getValue() %>" />

					<%
					}
					%>

				</aui:select>
			</clay:col>

			<clay:col cssClass="align-self-end form-group" md="2">
				<aui:button primary="<%= true %>" type="submit" value="opora-apply" />

				<c:if test="<%= schoolsDisplayContext.isFiltered() %>">
					<clay:link
						displayType="secondary"
						href="<%= schoolsDisplayContext.getSearchURL() %>"
						label="opora-reset"
						type="button"
					/>
				</c:if>
			</clay:col>
		</clay:row>
	</aui:form>

	<liferay-ui:search-container
		searchContainer="<%= schoolsDisplayContext.getSearchContainer() %>"
	>
		<liferay-ui:search-container-row
			className="ru.opora.schools.web.internal.display.context.SchoolSummary"
			keyProperty="schoolId"
			modelVar="schoolSummary"
		>
			<liferay-ui:search-container-column-text
				href="<%= schoolsDisplayContext.getViewSchoolURL(schoolSummary) %>"
				name="opora-field-name"
				orderable="<%= true %>"
				orderableProperty="name"
				value="<%= HtmlUtil.escape(schoolSummary.getName()) %>"
			/>

			<c:if test="<%= schoolsDisplayContext.isRegion() %>">
				<liferay-ui:search-container-column-text
					name="opora-municipality"
					value="<%= HtmlUtil.escape(schoolsDisplayContext.getMunicipality(schoolSummary)) %>"
				/>
			</c:if>

			<liferay-ui:search-container-column-text
				name="opora-field-settlement-type"
				orderable="<%= true %>"
				orderableProperty="settlement"
				value="<%= HtmlUtil.escape(schoolsDisplayContext.getSettlementLabel(schoolSummary)) %>"
			/>

			<liferay-ui:search-container-column-text
				name="opora-field-level"
				orderable="<%= true %>"
				orderableProperty="level"
				value="<%= HtmlUtil.escape(schoolsDisplayContext.getLevelLabel(schoolSummary)) %>"
			/>

			<liferay-ui:search-container-column-text
				name="opora-groups"
			>

				<%
				for (GroupBadge groupBadge : schoolsDisplayContext.getGroupBadges(schoolSummary)) {
				%>

					<clay:label
						displayType="<%= groupBadge.getDisplayType() %>"
						label="<%= groupBadge.getLabel() %>"
					/>

				<%
				}
				%>

			</liferay-ui:search-container-column-text>

			<liferay-ui:search-container-column-text
				name="opora-well-being-index"
				value="<%= schoolsDisplayContext.getWellBeingIndex(schoolSummary) %>"
			/>

			<liferay-ui:search-container-column-text
				name="opora-results-year"
				value="<%= schoolsDisplayContext.getKeyFiguresYear(schoolSummary) %>"
			/>

			<liferay-ui:search-container-column-text
				name="opora-pass-rate"
				value="<%= schoolsDisplayContext.getPassRate(schoolSummary) %>"
			/>

			<liferay-ui:search-container-column-text
				name="opora-quality-rate"
				value="<%= schoolsDisplayContext.getQualityRate(schoolSummary) %>"
			/>

			<liferay-ui:search-container-column-text
				name="opora-actions"
			>
				<liferay-ui:icon-menu
					direction="left-side"
					icon="<%= StringPool.BLANK %>"
					markupView="lexicon"
					message="opora-actions"
					showWhenSingleIcon="<%= true %>"
				>
					<liferay-ui:icon
						message="opora-view-card"
						url="<%= schoolsDisplayContext.getViewSchoolURL(schoolSummary) %>"
					/>

					<c:if test="<%= schoolsDisplayContext.isShowEditButton(schoolSummary) %>">
						<liferay-ui:icon
							message="opora-edit"
							url="<%= schoolsDisplayContext.getEditSchoolURL(schoolSummary) %>"
						/>
					</c:if>

					<c:if test="<%= schoolsDisplayContext.isShowDeleteButton(schoolSummary) %>">
						<liferay-ui:icon-delete
							confirmation="opora-are-you-sure-you-want-to-delete-this-school"
							message="opora-delete"
							url="<%= schoolsDisplayContext.getDeleteSchoolURL(schoolSummary) %>"
						/>
					</c:if>
				</liferay-ui:icon-menu>
			</liferay-ui:search-container-column-text>
		</liferay-ui:search-container-row>

		<liferay-ui:search-iterator
			markupView="lexicon"
		/>
	</liferay-ui:search-container>
</clay:container-fluid>
