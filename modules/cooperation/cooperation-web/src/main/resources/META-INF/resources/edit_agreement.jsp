<%--
/**
 * SPDX-FileCopyrightText: (c) 2026 Opora
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
--%>

<%@ include file="/init.jsp" %>

<%
EditAgreementDisplayContext editAgreementDisplayContext = (EditAgreementDisplayContext)request.getAttribute(CooperationWebKeys.DISPLAY_CONTEXT);

BaseCooperationDisplayContext baseDisplayContext = editAgreementDisplayContext;
%>

<clay:container-fluid cssClass="opora-cooperation">
	<%@ include file="/tabs.jspf" %>

	<h2><liferay-ui:message key='<%= (editAgreementDisplayContext.getAgreementId() > 0) ? "opora-cooperation-edit-draft" : "opora-cooperation-add-agreement" %>' /></h2>

	<aui:form action="<%= editAgreementDisplayContext.getSaveURL() %>" method="post" name="fm">
		<aui:input name="agreementId" type="hidden" value="<%= editAgreementDisplayContext.getAgreementId() %>" />
		<aui:input name="partyCount" type="hidden" value="<%= editAgreementDisplayContext.getPartyRows() %>" />
		<aui:input name="programmeCount" type="hidden" value="<%= editAgreementDisplayContext.getProgrammeRows() %>" />
		<aui:input name="resourceCount" type="hidden" value="<%= editAgreementDisplayContext.getResourceRows() %>" />

		<div class="opora-cooperation-section">
			<h3><liferay-ui:message key="opora-cooperation-section-agreement" /></h3>

			<clay:row>
				<clay:col md="4">
					<aui:input label="opora-field-number" name="number" type="text" value='<%= editAgreementDisplayContext.getValue("number") %>' />
				</clay:col>

				<clay:col md="4">
					<aui:input label="opora-field-agreement-date" name="agreementDate" type="date" value='<%= editAgreementDisplayContext.getValue("agreementDate") %>' />
				</clay:col>

				<clay:col md="4">
					<aui:select label="opora-field-kind" name="kind">

						<%
						for (SelectOption selectOption : editAgreementDisplayContext.getKindOptions()) {
						%>

							<aui:option label="<%= selectOption.getLabel() %>" localizeLabel="<%= false %>" selected="<%= selectOption.isSelected() %>" value="<%= selectOption.getValue() %>" />

						<%
						}
						%>

					</aui:select>
				</clay:col>
			</clay:row>

			<aui:input label="opora-field-subject" name="subject" type="textarea" value='<%= editAgreementDisplayContext.getValue("subject") %>' />

			<clay:row>
				<clay:col md="3">
					<aui:input label="opora-field-start-date" name="startDate" type="date" value='<%= editAgreementDisplayContext.getValue("startDate") %>' />
				</clay:col>

				<clay:col md="3">
					<aui:input label="opora-field-end-date" name="endDate" type="date" value='<%= editAgreementDisplayContext.getValue("endDate") %>' />
				</clay:col>

				<clay:col md="3">
					<aui:input checked="<%= editAgreementDisplayContext.isAutoProlongation() %>" label="opora-field-auto-prolongation" name="autoProlongation" type="checkbox" />
				</clay:col>

				<clay:col md="3">
					<aui:input label="opora-field-prolongation-months" name="prolongationMonths" type="number" value='<%= editAgreementDisplayContext.getValue("prolongationMonths") %>' />
				</clay:col>
			</clay:row>
		</div>

		<div class="opora-cooperation-section">
			<h3><liferay-ui:message key="opora-cooperation-parties" /></h3>

			<p class="text-secondary"><liferay-ui:message key="opora-cooperation-parties-help" /></p>

			<%
			for (int i = 0; i < editAgreementDisplayContext.getPartyRows(); i++) {
				String prefix = "party" + i;
			%>

				<h4><%= HtmlUtil.escape(LanguageUtil.format(request, "opora-cooperation-party-x", i + 1, false)) %></h4>

				<clay:row>
					<clay:col md="6">
						<aui:select label="opora-cooperation-party" name='<%= prefix + "Key" %>'>

							<%
							for (SelectOption selectOption : editAgreementDisplayContext.getPartyOptions(i)) {
							%>

								<aui:option label="<%= selectOption.getLabel() %>" localizeLabel="<%= false %>" selected="<%= selectOption.isSelected() %>" value="<%= selectOption.getValue() %>" />

							<%
							}
							%>

						</aui:select>
					</clay:col>

					<clay:col md="6">
						<aui:input label="opora-field-full-name" name='<%= prefix + "FullName" %>' type="text" value='<%= editAgreementDisplayContext.getValue(prefix + "FullName") %>' />
					</clay:col>
				</clay:row>

				<clay:row>
					<clay:col md="3">
						<aui:input label="opora-field-legal-form" name='<%= prefix + "LegalForm" %>' type="text" value='<%= editAgreementDisplayContext.getValue(prefix + "LegalForm") %>' />
					</clay:col>

					<clay:col md="5">
						<aui:input label="opora-field-address" name='<%= prefix + "Address" %>' type="text" value='<%= editAgreementDisplayContext.getValue(prefix + "Address") %>' />
					</clay:col>

					<clay:col md="2">
						<aui:input label="opora-field-inn" name='<%= prefix + "Inn" %>' type="text" value='<%= editAgreementDisplayContext.getValue(prefix + "Inn") %>' />
					</clay:col>

					<clay:col md="2">
						<aui:input label="opora-field-ogrn" name='<%= prefix + "Ogrn" %>' type="text" value='<%= editAgreementDisplayContext.getValue(prefix + "Ogrn") %>' />
					</clay:col>
				</clay:row>

				<clay:row>
					<clay:col md="4">
						<aui:input label="opora-field-head-name" name='<%= prefix + "HeadName" %>' type="text" value='<%= editAgreementDisplayContext.getValue(prefix + "HeadName") %>' />
					</clay:col>

					<clay:col md="4">
						<aui:input label="opora-field-head-position" name='<%= prefix + "HeadPosition" %>' type="text" value='<%= editAgreementDisplayContext.getValue(prefix + "HeadPosition") %>' />
					</clay:col>

					<clay:col md="4">
						<aui:input label="opora-field-authority-basis" name='<%= prefix + "AuthorityBasis" %>' type="text" value='<%= editAgreementDisplayContext.getValue(prefix + "AuthorityBasis") %>' />
					</clay:col>
				</clay:row>

			<%
			}
			%>

		</div>

		<div class="opora-cooperation-section">
			<h3><liferay-ui:message key="opora-cooperation-programmes" /></h3>

			<p class="text-secondary"><liferay-ui:message key="opora-cooperation-modules-help" /></p>

			<%
			for (int i = 0; i < editAgreementDisplayContext.getProgrammeRows(); i++) {
				String prefix = "programme" + i;
			%>

				<h4><%= HtmlUtil.escape(LanguageUtil.format(request, "opora-cooperation-programme-x", i + 1, false)) %></h4>

				<clay:row>
					<clay:col md="5">
						<aui:input label="opora-field-name" name='<%= prefix + "Name" %>' type="text" value='<%= editAgreementDisplayContext.getValue(prefix + "Name") %>' />
					</clay:col>

					<clay:col md="3">
						<aui:select label="opora-field-kind" name='<%= prefix + "Kind" %>'>

							<%
							for (SelectOption selectOption : editAgreementDisplayContext.getProgrammeKindOptions(i)) {
							%>

								<aui:option label="<%= selectOption.getLabel() %>" localizeLabel="<%= false %>" selected="<%= selectOption.isSelected() %>" value="<%= selectOption.getValue() %>" />

							<%
							}
							%>

						</aui:select>
					</clay:col>

					<clay:col md="2">
						<aui:input label="opora-field-hours" name='<%= prefix + "Hours" %>' type="number" value='<%= editAgreementDisplayContext.getValue(prefix + "Hours") %>' />
					</clay:col>

					<clay:col md="2">
						<aui:input label="opora-field-grades" name='<%= prefix + "Grades" %>' type="text" value='<%= editAgreementDisplayContext.getValue(prefix + "Grades") %>' />
					</clay:col>
				</clay:row>

				<clay:row>
					<clay:col md="2">
						<aui:input label="opora-field-pupils" name='<%= prefix + "Pupils" %>' type="number" value='<%= editAgreementDisplayContext.getValue(prefix + "Pupils") %>' />
					</clay:col>

					<clay:col md="3">
						<aui:input label="opora-field-start-date" name='<%= prefix + "StartDate" %>' type="date" value='<%= editAgreementDisplayContext.getValue(prefix + "StartDate") %>' />
					</clay:col>

					<clay:col md="3">
						<aui:input label="opora-field-end-date" name='<%= prefix + "EndDate" %>' type="date" value='<%= editAgreementDisplayContext.getValue(prefix + "EndDate") %>' />
					</clay:col>

					<clay:col md="4">
						<aui:input label="opora-cooperation-modules" name='<%= prefix + "Modules" %>' type="textarea" value='<%= editAgreementDisplayContext.getValue(prefix + "Modules") %>' />
					</clay:col>
				</clay:row>

			<%
			}
			%>

		</div>

		<div class="opora-cooperation-section">
			<h3><liferay-ui:message key="opora-cooperation-resources" /></h3>

			<p class="text-secondary"><liferay-ui:message key="opora-cooperation-resources-help" /></p>

			<%
			for (int i = 0; i < editAgreementDisplayContext.getResourceRows(); i++) {
				String prefix = "resource" + i;
			%>

				<clay:row>
					<clay:col md="2">
						<aui:input label="opora-cooperation-party-row" name='<%= prefix + "Party" %>' type="number" value='<%= editAgreementDisplayContext.getValue(prefix + "Party") %>' />
					</clay:col>

					<clay:col md="3">
						<aui:select label="opora-field-type" name='<%= prefix + "Type" %>'>

							<%
							for (SelectOption selectOption : editAgreementDisplayContext.getResourceTypeOptions(i)) {
							%>

								<aui:option label="<%= selectOption.getLabel() %>" localizeLabel="<%= false %>" selected="<%= selectOption.isSelected() %>" value="<%= selectOption.getValue() %>" />

							<%
							}
							%>

						</aui:select>
					</clay:col>

					<clay:col md="4">
						<aui:input label="opora-field-description" name='<%= prefix + "Description" %>' type="text" value='<%= editAgreementDisplayContext.getValue(prefix + "Description") %>' />
					</clay:col>

					<clay:col md="3">
						<aui:input label="opora-field-schedule" name='<%= prefix + "Schedule" %>' type="text" value='<%= editAgreementDisplayContext.getValue(prefix + "Schedule") %>' />
					</clay:col>
				</clay:row>

			<%
			}
			%>

		</div>

		<aui:button-row>
			<aui:button cssClass="btn-primary" type="submit" value="opora-cooperation-save-draft" />

			<clay:link
				displayType="secondary"
				href="<%= editAgreementDisplayContext.getCancelURL() %>"
				label="opora-cooperation-cancel"
				type="button"
			/>
		</aui:button-row>
	</aui:form>
</clay:container-fluid>
