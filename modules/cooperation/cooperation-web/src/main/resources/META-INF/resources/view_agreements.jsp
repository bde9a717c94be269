<%--
/**
 * SPDX-FileCopyrightText: (c) 2026 Opora
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
--%>

<%@ include file="/init.jsp" %>

<%
AgreementsDisplayContext agreementsDisplayContext = (AgreementsDisplayContext)request.getAttribute(CooperationWebKeys.DISPLAY_CONTEXT);

BaseCooperationDisplayContext baseDisplayContext = agreementsDisplayContext;
Labels labels = agreementsDisplayContext.getLabels();
%>

<clay:container-fluid cssClass="opora-cooperation">
	<%@ include file="/tabs.jspf" %>

	<clay:row cssClass="align-items-center mb-3">
		<clay:col md="6">
			<h2 class="mb-0"><liferay-ui:message key='<%= agreementsDisplayContext.isRegion() ? "opora-cooperation-register-of-the-region" : "opora-cooperation-register" %>' /></h2>
		</clay:col>

		<clay:col cssClass="text-md-right" md="6">
			<c:if test="<%= agreementsDisplayContext.getPermissions().canAddAgreement() %>">
				<clay:link
					displayType="primary"
					href="<%= agreementsDisplayContext.getAddAgreementURL() %>"
					icon="plus"
					label="opora-cooperation-add-agreement"
					type="button"
				/>
			</c:if>

			<clay:link
				displayType="secondary"
				href="<%= agreementsDisplayContext.getExportURL() %>"
				icon="download"
				label="opora-cooperation-export-to-excel"
				type="button"
			/>
		</clay:col>
	</clay:row>

	<aui:form action="<%= agreementsDisplayContext.getSearchURL() %>" method="post" name="filterFm">
		<clay:row>
			<clay:col md="4">
				<aui:input label="opora-cooperation-party" name="party" type="text" value="<%= agreementsDisplayContext.getFilter().getParty() %>" />
			</clay:col>

			<clay:col md="4">
				<aui:select label="opora-field-kind" name="kind">

					<%
					for (SelectOption selectOption : agreementsDisplayContext.getKindOptions()) {
					%>

						<aui:option label="<%= selectOption.getLabel() %>" localizeLabel="<%= false %>" selected="<%= selectOption.isSelected() %>" value="<%= selectOption.getValue() %>" />

					<%
					}
					%>

				</aui:select>
			</clay:col>

			<clay:col md="4">
				<aui:select label="opora-field-status" name="status">

					<%
					for (SelectOption selectOption : agreementsDisplayContext.getStatusOptions()) {
					%>

						<aui:option label="<%= selectOption.getLabel() %>" localizeLabel="<%= false %>" selected="<%= selectOption.isSelected() %>" value="<%= selectOption.getValue() %>" />

					<%
					}
					%>

				</aui:select>
			</clay:col>
		</clay:row>

		<clay:row>
			<clay:col md="4">
				<aui:input helpMessage="opora-cooperation-term-date-help" label="opora-cooperation-term-covers" name="termDate" type="date" value='<%= (agreementsDisplayContext.getFilter().getTermDate() == null) ? "" : agreementsDisplayContext.getFilter().getTermDate().toString() %>' />
			</clay:col>

			<clay:col md="4">
				<aui:input label="opora-cooperation-programme" name="programme" type="text" value="<%= agreementsDisplayContext.getFilter().getProgramme() %>" />
			</clay:col>

			<clay:col cssClass="align-self-end mb-3" md="4">
				<aui:button type="submit" value="opora-cooperation-filter" />
			</clay:col>
		</clay:row>
	</aui:form>

	<c:choose>
		<c:when test="<%= agreementsDisplayContext.getRows().isEmpty() %>">
			<clay:alert
				displayType="info"
				message="opora-cooperation-no-agreements"
			/>
		</c:when>
		<c:otherwise>
			<div class="table-responsive">
				<table class="table table-autofit table-list">
					<thead>
						<tr>
							<th><liferay-ui:message key="opora-field-number" /></th>
							<th><liferay-ui:message key="opora-field-kind" /></th>
							<th><liferay-ui:message key="opora-cooperation-parties" /></th>
							<th><liferay-ui:message key="opora-cooperation-term" /></th>
							<th><liferay-ui:message key="opora-field-status" /></th>
							<th><liferay-ui:message key="opora-cooperation-programmes" /></th>
						</tr>
					</thead>
					<tbody>

						<%
						for (AgreementRow row : agreementsDisplayContext.getRows()) {
						%>

							<tr>
								<td>
									<c:choose>
										<c:when test="<%= row.isViewable() %>">
											<a href="<%= agreementsDisplayContext.getViewAgreementURL(row.getAgreementId()) %>"><%= HtmlUtil.escape(row.getNumber()) %></a>

											<c:if test="<%= row.getVersion() > 1 %>">
												<small class="text-secondary"><%= HtmlUtil.escape(labels.format("opora-cooperation-version-x", row.getVersion())) %></small>
											</c:if>
										</c:when>
										<c:otherwise>
											<%= HtmlUtil.escape(row.getNumber()) %>
										</c:otherwise>
									</c:choose>
								</td>
								<td><%= (row.getKind() == null) ? "" : HtmlUtil.escape(labels.get(row.getKind().labelKey())) %></td>
								<td><%= HtmlUtil.escape(String.join("; ", row.getPartyNames())) %></td>
								<td><%= HtmlUtil.escape(labels.date(row.getStartDate()) + " – " + labels.date(row.getEndDate())) %></td>
								<td>
									<clay:label
										displayType='<%= row.getStatus().isInForce() ? "success" : (row.getStatus().isFinal() ? "secondary" : "info") %>'
										label="<%= labels.get(row.getStatus().labelKey()) %>"
									/>
								</td>
								<td><%= HtmlUtil.escape(String.join("; ", row.getProgrammeNames())) %></td>
							</tr>

						<%
						}
						%>

					</tbody>
				</table>
			</div>
		</c:otherwise>
	</c:choose>

	<c:if test="<%= agreementsDisplayContext.getPermissions().canAddAgreement() %>">
		<div class="opora-cooperation-section">
			<h3><liferay-ui:message key="opora-cooperation-agreement-template" /></h3>

			<p><liferay-ui:message key="opora-cooperation-agreement-template-help" /></p>

			<clay:link
				displayType="secondary"
				href="<%= agreementsDisplayContext.getDownloadTemplateURL() %>"
				icon="download"
				label="opora-cooperation-download-template"
				type="button"
			/>

			<c:if test="<%= agreementsDisplayContext.getPermissions().canManageTemplate() %>">
				<aui:form action="<%= agreementsDisplayContext.getUploadTemplateURL() %>" cssClass="mt-3" enctype="multipart/form-data" method="post" name="templateFm">
					<aui:input name="redirect" type="hidden" value="<%= agreementsDisplayContext.getSearchURL() %>" />

					<aui:input accept=".docx" label="opora-cooperation-upload-template" name="template" type="file" />

					<aui:button type="submit" value="opora-cooperation-replace-template" />
				</aui:form>
			</c:if>
		</div>
	</c:if>
</clay:container-fluid>
