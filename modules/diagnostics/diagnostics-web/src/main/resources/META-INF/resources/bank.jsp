<%--
/**
 * SPDX-FileCopyrightText: (c) 2026 Opora
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
--%>

<%@ include file="/init.jsp" %>

<%@ page import="ru.opora.diagnostics.model.CompetenceArea" %>

<%
BankDisplayContext bankDisplayContext = (BankDisplayContext)request.getAttribute(DiagnosticsWebKeys.DISPLAY_CONTEXT);

BaseDisplayContext baseDisplayContext = bankDisplayContext;
%>

<portlet:actionURL name="<%= DiagnosticsWebKeys.MVC_IMPORT_BANK %>" var="importURL" />

<portlet:actionURL name="<%= DiagnosticsWebKeys.MVC_PUBLISH_BANK %>" var="publishURL" />

<clay:container-fluid cssClass="opora-diagnostics">
	<%@ include file="/tabs.jspf" %>

	<h2><liferay-ui:message key="diagnostics-bank" /></h2>

	<c:if test="<%= !bankDisplayContext.getBanks().isEmpty() %>">
		<nav aria-label="<liferay-ui:message key="diagnostics-versions" />">
			<ul class="nav nav-pills mb-3">

				<%
				for (ItemBank bank : bankDisplayContext.getBanks()) {
				%>

					<li class="nav-item"><a class="nav-link <%= (bank == bankDisplayContext.getBank()) ? "active" : "" %>" href="<%= bankDisplayContext.renderURL(DiagnosticsWebKeys.MVC_BANK, "version", String.valueOf(bank.getVersion())) %>"><liferay-ui:message arguments="<%= new Object[] {bank.getVersion(), bankDisplayContext.getStatusLabel(bank)} %>" key="diagnostics-version-x-y" /></a></li>

				<%
				}
				%>

			</ul>
		</nav>
	</c:if>

	<div class="d-flex flex-wrap mb-3">
		<c:if test="<%= bankDisplayContext.isChangeable() %>">
			<a class="btn btn-primary mr-2 mb-2" href="<%= bankDisplayContext.renderURL(DiagnosticsWebKeys.MVC_EDIT_ITEM) %>"><liferay-ui:message key="diagnostics-add-item" /></a>
		</c:if>

		<c:if test="<%= bankDisplayContext.getBank() != null %>">
			<portlet:resourceURL id="<%= DiagnosticsWebKeys.MVC_EXPORT_BANK %>" var="exportURL">
				<portlet:param name="version" value="<%= String.valueOf(bankDisplayContext.getBank().getVersion()) %>" />
			</portlet:resourceURL>

			<a class="btn btn-secondary mr-2 mb-2" href="<%= exportURL %>"><liferay-ui:message key="diagnostics-export-excel" /></a>
		</c:if>

		<c:if test="<%= bankDisplayContext.isEditable() %>">
			<aui:form action="<%= publishURL %>" method="post" name="publishFm">
				<aui:button cssClass="mb-2" type="submit" value="diagnostics-publish" />
			</aui:form>
		</c:if>
	</div>

	<c:choose>
		<c:when test="<%= bankDisplayContext.isChangeable() %>">
			<aui:form action="<%= importURL %>" cssClass="mb-4" enctype="multipart/form-data" method="post" name="importFm">
				<aui:input helpMessage="diagnostics-import-help" label="diagnostics-import-workbook" name="workbook" required="<%= true %>" type="file" />

				<aui:button type="submit" value="diagnostics-import" />
			</aui:form>

			<c:if test="<%= (bankDisplayContext.getBank() != null) && !bankDisplayContext.isDraft() %>">
				<p class="text-secondary"><liferay-ui:message key="diagnostics-published-read-only" /></p>
			</c:if>
		</c:when>
		<c:otherwise>
			<p class="text-secondary"><liferay-ui:message key="diagnostics-bank-changed-on-another-site" /></p>
		</c:otherwise>
	</c:choose>

	<h3 class="h4"><liferay-ui:message key="diagnostics-areas" /></h3>

	<c:if test="<%= bankDisplayContext.canAdd() %>">
		<div class="d-flex flex-wrap mb-2">
			<a class="btn btn-secondary btn-sm mr-2 mb-2" href="<%= bankDisplayContext.renderURL(DiagnosticsWebKeys.MVC_EDIT_AREA) %>"><liferay-ui:message key="diagnostics-add-area" /></a>

			<a class="btn btn-secondary btn-sm mr-2 mb-2" href="<%= bankDisplayContext.renderURL(DiagnosticsWebKeys.MVC_EDIT_COMPETENCE) %>"><liferay-ui:message key="diagnostics-add-competence" /></a>
		</div>
	</c:if>

	<c:choose>
		<c:when test="<%= bankDisplayContext.getAreas().isEmpty() %>">
			<p><liferay-ui:message key="diagnostics-no-areas" /></p>
		</c:when>
		<c:otherwise>
			<div class="table-responsive">
				<table class="table table-autofit">
					<caption class="sr-only"><liferay-ui:message key="diagnostics-areas" /></caption>
					<thead>
						<tr>
							<th scope="col"><liferay-ui:message key="diagnostics-column-code" /></th>
							<th scope="col"><liferay-ui:message key="diagnostics-field-name" /></th>
							<th scope="col"><liferay-ui:message key="diagnostics-kind-and-subject" /></th>
							<th scope="col"><liferay-ui:message key="diagnostics-competences" /></th>
							<th scope="col"><span class="sr-only"><liferay-ui:message key="diagnostics-actions" /></span></th>
						</tr>
					</thead>
					<tbody>

						<%
						for (CompetenceArea area : bankDisplayContext.getAreas()) {
						%>

							<tr>
								<td><%= HtmlUtil.escape(area.getCode()) %></td>
								<td><%= HtmlUtil.escape(area.getName()) %></td>
								<td><%= HtmlUtil.escape(bankDisplayContext.getAreaKindLabel(area)) %></td>
								<td><%= bankDisplayContext.getCompetenceCount(area.getCode()) %></td>
								<td class="text-nowrap">
									<c:if test="<%= bankDisplayContext.isEditable() %>">
										<a class="mr-2" href="<%= bankDisplayContext.renderURL(DiagnosticsWebKeys.MVC_EDIT_AREA, "competenceAreaId", String.valueOf(area.getCompetenceAreaId())) %>"><liferay-ui:message key="diagnostics-edit" /></a>

										<portlet:actionURL name="<%= DiagnosticsWebKeys.MVC_DELETE_AREA %>" var="deleteAreaURL">
											<portlet:param name="competenceAreaId" value="<%= String.valueOf(area.getCompetenceAreaId()) %>" />
										</portlet:actionURL>

										<liferay-ui:icon-delete
											confirmation="diagnostics-confirm-delete-area"
											label="<%= true %>"
											message="diagnostics-delete"
											showIcon="<%= false %>"
											url="<%= deleteAreaURL %>"
										/>
									</c:if>
								</td>
							</tr>

						<%
						}
						%>

					</tbody>
				</table>
			</div>
		</c:otherwise>
	</c:choose>

	<h3 class="h4"><liferay-ui:message key="diagnostics-competences" /></h3>

	<c:choose>
		<c:when test="<%= bankDisplayContext.getCompetences().isEmpty() %>">
			<p><liferay-ui:message key="diagnostics-version-without-competences" /></p>
		</c:when>
		<c:otherwise>
			<div class="table-responsive">
				<table class="table table-autofit">
					<caption class="sr-only"><liferay-ui:message key="diagnostics-competences" /></caption>
					<thead>
						<tr>
							<th scope="col"><liferay-ui:message key="diagnostics-column-code" /></th>
							<th scope="col"><liferay-ui:message key="diagnostics-field-name" /></th>
							<th scope="col"><liferay-ui:message key="diagnostics-field-areaCode" /></th>
							<th scope="col"><liferay-ui:message key="diagnostics-column-threshold" /></th>
							<th scope="col"><liferay-ui:message key="diagnostics-column-items-per-session" /></th>
							<th scope="col"><liferay-ui:message key="diagnostics-items" /></th>
							<th scope="col"><span class="sr-only"><liferay-ui:message key="diagnostics-actions" /></span></th>
						</tr>
					</thead>
					<tbody>

						<%
						for (ru.opora.diagnostics.model.Competence competence : bankDisplayContext.getCompetences()) {
						%>

							<tr>
								<td><%= HtmlUtil.escape(competence.getCode()) %></td>
								<td><%= HtmlUtil.escape(competence.getName()) %></td>
								<td><%= HtmlUtil.escape(competence.getAreaCode()) %></td>
								<td><%= competence.getThreshold() %></td>
								<td><%= competence.getItemsPerSession() %></td>
								<td><%= bankDisplayContext.getItemCount(competence.getCode()) %></td>
								<td class="text-nowrap">
									<c:if test="<%= bankDisplayContext.isEditable() %>">
										<a class="mr-2" href="<%= bankDisplayContext.renderURL(DiagnosticsWebKeys.MVC_EDIT_COMPETENCE, "competenceId", String.valueOf(competence.getCompetenceId())) %>"><liferay-ui:message key="diagnostics-edit" /></a>

										<portlet:actionURL name="<%= DiagnosticsWebKeys.MVC_DELETE_COMPETENCE %>" var="deleteCompetenceURL">
											<portlet:param name="competenceId" value="<%= String.valueOf(competence.getCompetenceId()) %>" />
										</portlet:actionURL>

										<liferay-ui:icon-delete
											confirmation="diagnostics-confirm-delete-competence"
											label="<%= true %>"
											message="diagnostics-delete"
											showIcon="<%= false %>"
											url="<%= deleteCompetenceURL %>"
										/>
									</c:if>
								</td>
							</tr>

						<%
						}
						%>

					</tbody>
				</table>
			</div>
		</c:otherwise>
	</c:choose>

	<h3 class="h4"><liferay-ui:message key="diagnostics-items" /></h3>

	<c:choose>
		<c:when test="<%= bankDisplayContext.getItems().isEmpty() %>">
			<p><liferay-ui:message key="diagnostics-no-items" /></p>
		</c:when>
		<c:otherwise>
			<div class="table-responsive">
				<table class="table table-autofit">
					<caption class="sr-only"><liferay-ui:message key="diagnostics-items" /></caption>
					<thead>
						<tr>
							<th scope="col"><liferay-ui:message key="diagnostics-column-code" /></th>
							<th scope="col"><liferay-ui:message key="diagnostics-competence" /></th>
							<th scope="col"><liferay-ui:message key="diagnostics-column-type" /></th>
							<th scope="col"><liferay-ui:message key="diagnostics-column-name" /></th>
							<th scope="col"><liferay-ui:message key="diagnostics-column-weight" /></th>
							<th scope="col"><span class="sr-only"><liferay-ui:message key="diagnostics-actions" /></span></th>
						</tr>
					</thead>
					<tbody>

						<%
						for (DiagnosticItem item : bankDisplayContext.getItems()) {
						%>

							<tr>
								<td><%= HtmlUtil.escape(item.getCode()) %></td>
								<td><%= HtmlUtil.escape(item.getCompetenceCode()) %></td>
								<td><liferay-ui:message key='<%= "diagnostics-item-type-" + item.getItemType() %>' /></td>
								<td><%= HtmlUtil.escape(item.getText()) %></td>
								<td><%= item.getWeight() %></td>
								<td class="text-nowrap">
									<c:if test="<%= bankDisplayContext.isEditable() %>">
										<a class="mr-2" href="<%= bankDisplayContext.renderURL(DiagnosticsWebKeys.MVC_EDIT_ITEM, "diagnosticItemId", String.valueOf(item.getDiagnosticItemId())) %>"><liferay-ui:message key="diagnostics-edit" /></a>

										<portlet:actionURL name="<%= DiagnosticsWebKeys.MVC_DELETE_ITEM %>" var="deleteItemURL">
											<portlet:param name="diagnosticItemId" value="<%= String.valueOf(item.getDiagnosticItemId()) %>" />
										</portlet:actionURL>

										<liferay-ui:icon-delete
											confirmation="diagnostics-confirm-delete-item"
											label="<%= true %>"
											message="diagnostics-delete"
											showIcon="<%= false %>"
											url="<%= deleteItemURL %>"
										/>
									</c:if>
								</td>
							</tr>

						<%
						}
						%>

					</tbody>
				</table>
			</div>
		</c:otherwise>
	</c:choose>
</clay:container-fluid>
