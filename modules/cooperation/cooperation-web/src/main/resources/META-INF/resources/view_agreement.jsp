<%--
/**
 * SPDX-FileCopyrightText: (c) 2026 Opora
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
--%>

<%@ include file="/init.jsp" %>

<%
AgreementDisplayContext agreementDisplayContext = (AgreementDisplayContext)request.getAttribute(CooperationWebKeys.DISPLAY_CONTEXT);

BaseCooperationDisplayContext baseDisplayContext = agreementDisplayContext;
Labels labels = agreementDisplayContext.getLabels();
CooperationAgreement agreement = agreementDisplayContext.getAgreement();
%>

<clay:container-fluid cssClass="opora-cooperation">
	<%@ include file="/tabs.jspf" %>

	<h2>
		<%= HtmlUtil.escape(labels.format("opora-cooperation-agreement-x", agreement.getNumber())) %>

		<clay:label
			displayType='<%= agreementDisplayContext.getStatus().isInForce() ? "success" : "info" %>'
			label="<%= labels.get(agreementDisplayContext.getStatus().labelKey()) %>"
		/>
	</h2>

	<dl class="row">
		<dt class="col-md-3"><liferay-ui:message key="opora-field-kind" /></dt>
		<dd class="col-md-9"><%= (agreement.getAgreementKind() == null) ? "" : HtmlUtil.escape(labels.get(agreement.getAgreementKind().labelKey())) %></dd>
		<dt class="col-md-3"><liferay-ui:message key="opora-field-agreement-date" /></dt>
		<dd class="col-md-9"><%= HtmlUtil.escape(labels.date(agreement.getAgreementLocalDate())) %></dd>
		<dt class="col-md-3"><liferay-ui:message key="opora-field-subject" /></dt>
		<dd class="col-md-9"><%= HtmlUtil.escape(agreement.getSubject()) %></dd>
		<dt class="col-md-3"><liferay-ui:message key="opora-cooperation-term" /></dt>
		<dd class="col-md-9">
			<%= HtmlUtil.escape(labels.date(agreement.getStartLocalDate()) + " – " + labels.date(agreement.getEndLocalDate())) %>

			<c:if test="<%= agreement.isAutoProlongation() %>">
				(<%= HtmlUtil.escape(labels.format("opora-cooperation-prolonged-by-x-months", agreement.getProlongationMonths())) %>)
			</c:if>
		</dd>
		<dt class="col-md-3"><liferay-ui:message key="opora-cooperation-version" /></dt>
		<dd class="col-md-9"><%= agreement.getVersion() %></dd>

		<c:if test="<%= (agreement.getStatusReason() != null) && !agreement.getStatusReason().isEmpty() %>">
			<dt class="col-md-3"><liferay-ui:message key="opora-field-status-reason" /></dt>
			<dd class="col-md-9"><%= HtmlUtil.escape(agreement.getStatusReason()) %></dd>
		</c:if>

		<c:if test="<%= agreement.getTerminationLocalDate() != null %>">
			<dt class="col-md-3"><liferay-ui:message key="opora-field-termination-date" /></dt>
			<dd class="col-md-9"><%= HtmlUtil.escape(labels.date(agreement.getTerminationLocalDate())) %></dd>
		</c:if>
	</dl>

	<div class="mb-3">
		<c:if test="<%= agreementDisplayContext.isEditable() %>">
			<clay:link
				displayType="secondary"
				href="<%= agreementDisplayContext.getEditURL() %>"
				icon="pencil"
				label="opora-cooperation-edit"
				type="button"
			/>
		</c:if>

		<c:if test="<%= agreementDisplayContext.isDeletable() %>">
			<aui:form action="<%= agreementDisplayContext.getDeleteURL() %>" cssClass="d-inline" method="post" name="deleteFm">
				<aui:button type="submit" value="opora-cooperation-delete-draft" />
			</aui:form>
		</c:if>

		<c:if test="<%= agreementDisplayContext.isSignable() %>">
			<aui:form action='<%= agreementDisplayContext.getActionURL(CooperationWebKeys.MVC_SIGN_AGREEMENT) %>' cssClass="d-inline" method="post" name="signFm">
				<aui:button cssClass="btn-primary" type="submit" value="opora-cooperation-sign" />
			</aui:form>
		</c:if>

		<c:if test="<%= agreementDisplayContext.isAmendable() %>">
			<aui:form action='<%= agreementDisplayContext.getActionURL(CooperationWebKeys.MVC_AMEND_AGREEMENT) %>' cssClass="d-inline" method="post" name="amendFm">
				<aui:button type="submit" value="opora-cooperation-amend" />
			</aui:form>
		</c:if>
	</div>

	<c:if test="<%= agreementDisplayContext.isSubmittable() %>">
		<div class="opora-cooperation-section">
			<aui:form action='<%= agreementDisplayContext.getActionURL(CooperationWebKeys.MVC_SUBMIT_AGREEMENT) %>' method="post" name="submitFm">
				<aui:input label="opora-cooperation-comment" name="comment" type="textarea" />

				<aui:button cssClass="btn-primary" type="submit" value="opora-cooperation-submit" />
			</aui:form>
		</div>
	</c:if>

	<c:if test="<%= agreementDisplayContext.getStatus() == AgreementStatus.ON_APPROVAL %>">
		<div class="opora-cooperation-section">
			<h3><liferay-ui:message key="opora-cooperation-approvals" /></h3>

			<c:if test="<%= !agreementDisplayContext.getMissingApprovals().isEmpty() %>">
				<p><%= HtmlUtil.escape(labels.format("opora-cooperation-waiting-for-x", String.join(", ", agreementDisplayContext.getMissingApprovals()))) %></p>
			</c:if>

			<%
			for (AgreementParty party : agreementDisplayContext.getParties()) {
				if (agreementDisplayContext.isApprovableAsParty(party)) {
			%>

				<aui:form action='<%= agreementDisplayContext.getActionURL(CooperationWebKeys.MVC_APPROVE_AS_PARTY) %>' method="post" name='<%= "approvePartyFm" + party.getAgreementPartyId() %>'>
					<aui:input name="agreementPartyId" type="hidden" value="<%= party.getAgreementPartyId() %>" />
					<aui:input label="opora-cooperation-comment" name="comment" type="text" />

					<aui:button cssClass="btn-primary" type="submit" value='<%= labels.format("opora-cooperation-approve-for-x", party.getFullName()) %>' />
				</aui:form>

			<%
				}
			}
			%>

			<c:if test="<%= agreementDisplayContext.isApprovableAsCoordinator() %>">
				<aui:form action='<%= agreementDisplayContext.getActionURL(CooperationWebKeys.MVC_APPROVE_AS_COORDINATOR) %>' method="post" name="approveCoordinatorFm">
					<aui:input label="opora-cooperation-comment" name="comment" type="text" />

					<aui:button cssClass="btn-primary" type="submit" value="opora-cooperation-approve-as-coordinator" />
				</aui:form>
			</c:if>

			<c:if test="<%= agreementDisplayContext.isReturnable() %>">
				<aui:form action='<%= agreementDisplayContext.getActionURL(CooperationWebKeys.MVC_RETURN_TO_DRAFT) %>' cssClass="mt-3" method="post" name="returnFm">
					<aui:input label="opora-field-status-reason" name="reason" type="text" />

					<aui:button type="submit" value="opora-cooperation-return-to-draft" />
				</aui:form>
			</c:if>
		</div>
	</c:if>

	<c:if test="<%= agreementDisplayContext.isTerminable() %>">
		<div class="opora-cooperation-section">
			<h3><liferay-ui:message key="opora-cooperation-terminate-early" /></h3>

			<aui:form action='<%= agreementDisplayContext.getActionURL(CooperationWebKeys.MVC_TERMINATE_AGREEMENT) %>' method="post" name="terminateFm">
				<aui:input label="opora-field-status-reason" name="reason" required="<%= true %>" type="text" />
				<aui:input label="opora-field-termination-date" name="terminationDate" type="date" />

				<aui:button type="submit" value="opora-cooperation-terminate" />
			</aui:form>
		</div>
	</c:if>

	<h3><liferay-ui:message key="opora-cooperation-parties" /></h3>

	<table class="table table-autofit">
		<thead>
			<tr>
				<th>#</th>
				<th><liferay-ui:message key="opora-field-full-name" /></th>
				<th><liferay-ui:message key="opora-cooperation-requisites" /></th>
				<th><liferay-ui:message key="opora-cooperation-head" /></th>
				<th><liferay-ui:message key="opora-cooperation-approved" /></th>
			</tr>
		</thead>
		<tbody>

			<%
			int partyNumber = 0;

			for (AgreementParty party : agreementDisplayContext.getParties()) {
				partyNumber++;
			%>

				<tr>
					<td><%= partyNumber %></td>
					<td><%= HtmlUtil.escape(party.getFullName()) %></td>
					<td class="opora-cooperation-requisites"><%= HtmlUtil.escape(labels.format("opora-cooperation-requisites-x-x-x-x", party.getLegalForm(), party.getAddress(), party.getInn(), party.getOgrn())) %></td>
					<td><%= HtmlUtil.escape(labels.format("opora-cooperation-head-x-x-x", party.getHeadPosition(), party.getHeadName(), party.getAuthorityBasis())) %></td>
					<td><liferay-ui:message key='<%= party.isApproved() ? "yes" : "no" %>' /></td>
				</tr>

			<%
			}
			%>

		</tbody>
	</table>

	<h3><liferay-ui:message key="opora-cooperation-programmes" /></h3>

	<c:choose>
		<c:when test="<%= agreementDisplayContext.getProgrammes().isEmpty() %>">
			<p class="text-secondary"><liferay-ui:message key="opora-cooperation-no-programmes" /></p>
		</c:when>
		<c:otherwise>
			<table class="table table-autofit">
				<thead>
					<tr>
						<th><liferay-ui:message key="opora-field-name" /></th>
						<th><liferay-ui:message key="opora-field-kind" /></th>
						<th><liferay-ui:message key="opora-field-hours" /></th>
						<th><liferay-ui:message key="opora-field-grades" /></th>
						<th><liferay-ui:message key="opora-field-pupils" /></th>
						<th><liferay-ui:message key="opora-cooperation-term" /></th>
						<th><liferay-ui:message key="opora-cooperation-modules" /></th>
					</tr>
				</thead>
				<tbody>

					<%
					for (AgreementProgramme programme : agreementDisplayContext.getProgrammes()) {
					%>

						<tr>
							<td><%= HtmlUtil.escape(programme.getName()) %></td>
							<td><%= (programme.getProgrammeKind() == null) ? "" : HtmlUtil.escape(labels.get(programme.getProgrammeKind().labelKey())) %></td>
							<td><%= programme.getHours() %></td>
							<td><%= HtmlUtil.escape(programme.getGrades()) %></td>
							<td><%= programme.getPupils() %></td>
							<td><%= HtmlUtil.escape(labels.date(programme.getStartLocalDate()) + " – " + labels.date(programme.getEndLocalDate())) %></td>
							<td>
								<ul class="list-unstyled mb-0">

									<%
									for (AgreementModule module : agreementDisplayContext.getModules(programme)) {
									%>

										<li><%= HtmlUtil.escape(labels.format("opora-cooperation-module-x-x-x", module.getName(), module.getHours(), agreementDisplayContext.partyName(module.getDeliveringPartyRef()))) %></li>

									<%
									}
									%>

								</ul>
							</td>
						</tr>

					<%
					}
					%>

				</tbody>
			</table>
		</c:otherwise>
	</c:choose>

	<h3><liferay-ui:message key="opora-cooperation-resources" /></h3>

	<c:choose>
		<c:when test="<%= agreementDisplayContext.getResources().isEmpty() %>">
			<p class="text-secondary"><liferay-ui:message key="opora-cooperation-no-resources" /></p>
		</c:when>
		<c:otherwise>
			<table class="table table-autofit">
				<thead>
					<tr>
						<th><liferay-ui:message key="opora-cooperation-party" /></th>
						<th><liferay-ui:message key="opora-field-type" /></th>
						<th><liferay-ui:message key="opora-field-description" /></th>
						<th><liferay-ui:message key="opora-field-schedule" /></th>
					</tr>
				</thead>
				<tbody>

					<%
					for (AgreementResource resource : agreementDisplayContext.getResources()) {
					%>

						<tr>
							<td><%= HtmlUtil.escape(agreementDisplayContext.partyName(resource.getPartyRef())) %></td>
							<td><%= (resource.getType() == null) ? "" : HtmlUtil.escape(labels.get(resource.getType().labelKey())) %></td>
							<td><%= HtmlUtil.escape(resource.getDescription()) %></td>
							<td><%= HtmlUtil.escape(resource.getSchedule()) %></td>
						</tr>

					<%
					}
					%>

				</tbody>
			</table>
		</c:otherwise>
	</c:choose>

	<div class="opora-cooperation-section">
		<h3><liferay-ui:message key="opora-cooperation-documents" /></h3>

		<ul>

			<%
			for (AgreementDisplayContext.Document document : agreementDisplayContext.getDocuments()) {
			%>

				<li><a href="<%= document.getURL() %>"><%= HtmlUtil.escape(document.getTitle()) %></a></li>

			<%
			}
			%>

		</ul>

		<c:if test="<%= agreement.getSignedScanFileEntryId() <= 0 %>">
			<p class="text-warning"><liferay-ui:message key="opora-cooperation-no-signed-scan" /></p>
		</c:if>

		<c:if test="<%= agreementDisplayContext.isFileable() %>">
			<aui:form action='<%= agreementDisplayContext.getActionURL(CooperationWebKeys.MVC_GENERATE_DOCUMENT) %>' cssClass="mb-3" method="post" name="generateFm">
				<aui:button type="submit" value="opora-cooperation-generate-document" />
			</aui:form>

			<aui:form action='<%= agreementDisplayContext.getActionURL(CooperationWebKeys.MVC_UPLOAD_SCAN) %>' enctype="multipart/form-data" method="post" name="uploadFm">
				<aui:input label="opora-cooperation-file" name="file" type="file" />
				<aui:input label="opora-cooperation-this-is-the-signed-scan" name="signedScan" type="checkbox" />

				<aui:button type="submit" value="opora-cooperation-upload" />
			</aui:form>
		</c:if>
	</div>

	<c:if test="<%= agreementDisplayContext.getVersions().size() > 1 %>">
		<h3><liferay-ui:message key="opora-cooperation-versions" /></h3>

		<ul>

			<%
			for (CooperationAgreement version : agreementDisplayContext.getVersions()) {
			%>

				<li>
					<a href="<%= agreementDisplayContext.getViewAgreementURL(version.getAgreementId()) %>"><%= HtmlUtil.escape(labels.format("opora-cooperation-version-x", version.getVersion())) %></a>
					(<%= HtmlUtil.escape(labels.get(version.getAgreementStatus().labelKey())) %>)
				</li>

			<%
			}
			%>

		</ul>
	</c:if>

	<h3><liferay-ui:message key="opora-cooperation-history" /></h3>

	<table class="table table-autofit">
		<tbody>

			<%
			for (AgreementHistory history : agreementDisplayContext.getHistory()) {
			%>

				<tr>
					<td><%= HtmlUtil.escape(com.liferay.portal.kernel.util.DateUtil.getDate(history.getCreateDate(), "dd.MM.yyyy HH:mm", locale, timeZone)) %></td>
					<td><%= HtmlUtil.escape(labels.get("opora-cooperation-step-" + history.getStep())) %></td>
					<td><%= HtmlUtil.escape((history.getUserId() > 0) ? history.getUserName() : labels.get("opora-cooperation-automatically")) %></td>
					<td><%= HtmlUtil.escape((history.getComment() == null) ? "" : history.getComment()) %></td>
				</tr>

			<%
			}
			%>

		</tbody>
	</table>
</clay:container-fluid>
