<%--
/**
 * SPDX-FileCopyrightText: (c) 2026 Opora
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
--%>

<%@ include file="/init.jsp" %>

<%
DocumentDisplayContext documentDisplayContext = (DocumentDisplayContext)request.getAttribute(RiskProfileWebKeys.DISPLAY_CONTEXT);

BaseRiskDisplayContext baseRiskDisplayContext = documentDisplayContext;

RiskDocument riskDocument = documentDisplayContext.getDocument();
String riskDocumentId = String.valueOf(riskDocument.getRiskDocumentId());
List<MeasureData> measures = documentDisplayContext.getContent().measures();
%>

<portlet:renderURL var="currentURL">
	<portlet:param name="mvcRenderCommandName" value="<%= RiskProfileWebKeys.MVC_VIEW_DOCUMENT %>" />
	<portlet:param name="riskDocumentId" value="<%= riskDocumentId %>" />
</portlet:renderURL>

<portlet:renderURL var="schoolURL">
	<portlet:param name="mvcRenderCommandName" value="<%= RiskProfileWebKeys.MVC_VIEW_SCHOOL %>" />
	<portlet:param name="schoolId" value="<%= String.valueOf(riskDocument.getSchoolId()) %>" />
	<portlet:param name="year" value="<%= String.valueOf(riskDocument.getYear()) %>" />
</portlet:renderURL>

<clay:container-fluid cssClass="opora-risk">
	<clay:link
		displayType="secondary"
		href="<%= schoolURL %>"
		label="opora-risk-back"
		type="button"
	/>

	<h2><%= HtmlUtil.escape(documentDisplayContext.getTitle()) %>, <%= riskDocument.getYear() %></h2>

	<p>
		<liferay-ui:message arguments="<%= riskDocument.getVersion() %>" key="opora-risk-version-x" />,
		<strong><liferay-ui:message key='<%= "opora-risk-status-" + riskDocument.getStatus() %>' /></strong>
		(<%= documentDisplayContext.format(riskDocument.getStatusDate()) %>)
	</p>

	<liferay-ui:success key="opora-risk-document-saved" message="opora-risk-document-saved" />
	<liferay-ui:success key="opora-risk-comment-added" message="opora-risk-comment-added" />
	<liferay-ui:success key="opora-risk-measure-saved" message="opora-risk-measure-saved" />
	<liferay-ui:success key="opora-risk-review-done-submit" message="opora-risk-review-done-submit" />
	<liferay-ui:success key="opora-risk-review-done-return" message="opora-risk-review-done-return" />
	<liferay-ui:success key="opora-risk-review-done-approve" message="opora-risk-review-done-approve" />
	<liferay-ui:success key="opora-risk-review-done-new_version" message="opora-risk-review-done-new_version" />

	<%@ include file="/errors.jspf" %>

	<c:if test="<%= !documentDisplayContext.getActions().isEmpty() %>">
		<portlet:actionURL name="<%= RiskProfileWebKeys.MVC_REVIEW_DOCUMENT %>" var="reviewURL" />

		<aui:form action="<%= reviewURL %>" cssClass="mb-3" name="reviewForm">
			<aui:input name="redirect" type="hidden" value='<%= riskDocument.getStatus().equals("APPROVED") ? schoolURL : currentURL %>' />
			<aui:input name="riskDocumentId" type="hidden" value="<%= riskDocumentId %>" />

			<%
			for (String action : documentDisplayContext.getActions()) {
			%>

				<button class="btn btn-primary mr-2" name="<portlet:namespace />reviewAction" type="submit" value="<%= action %>"><liferay-ui:message key='<%= "opora-risk-review-" + action %>' /></button>

			<%
			}
			%>

		</aui:form>
	</c:if>

	<c:choose>
		<c:when test="<%= documentDisplayContext.canEdit() %>">
			<portlet:actionURL name="<%= RiskProfileWebKeys.MVC_UPDATE_DOCUMENT %>" var="updateURL" />

			<aui:form action="<%= updateURL %>" name="documentForm">
				<aui:input name="redirect" type="hidden" value="<%= currentURL %>" />
				<aui:input name="riskDocumentId" type="hidden" value="<%= riskDocumentId %>" />

				<aui:input label="opora-risk-field-goal" name="goal" type="textarea" value="<%= documentDisplayContext.getContent().goal() %>" />
				<aui:input helpMessage="opora-risk-tasks-help" label="opora-risk-field-tasks" name="tasks" type="textarea" value="<%= documentDisplayContext.getTasksText() %>" />

				<h4><liferay-ui:message key="opora-risk-field-measures" /></h4>

				<table class="table table-sm">
					<thead>
						<tr>
							<th><liferay-ui:message key="opora-risk-field-title" /></th>
							<th><liferay-ui:message key="opora-risk-field-task" /></th>
							<th><liferay-ui:message key="opora-risk-field-deadline" /></th>
							<th><liferay-ui:message key="opora-risk-field-responsible" /></th>
							<th><liferay-ui:message key="opora-risk-field-indicator" /></th>
							<th><liferay-ui:message key="opora-risk-field-baseline" /></th>
							<th><liferay-ui:message key="opora-risk-field-target" /></th>
							<th><liferay-ui:message key="opora-risk-field-expectedResult" /></th>
						</tr>
					</thead>
					<tbody>

						<%
						for (int i = 0; i < measures.size() + 3; i++) {
							MeasureData measure = (i < measures.size()) ? measures.get(i) : null;
						%>

							<tr>
								<td><input class="form-control" name="<portlet:namespace />measureTitle" value="<%= (measure == null) ? "" : HtmlUtil.escapeAttribute(measure.title()) %>" /></td>
								<td><input class="form-control" min="1" name="<portlet:namespace />measureTask" type="number" value="<%= (measure == null) ? "" : String.valueOf(measure.taskIndex() + 1) %>" /></td>
								<td><input class="form-control" name="<portlet:namespace />measureDeadline" type="date" value="<%= ((measure == null) || (measure.deadline() == null)) ? "" : measure.deadline().toString() %>" /></td>
								<td><input class="form-control" name="<portlet:namespace />measureResponsible" value="<%= (measure == null) ? "" : HtmlUtil.escapeAttribute(measure.responsible()) %>" /></td>
								<td><input class="form-control" name="<portlet:namespace />measureIndicator" value="<%= (measure == null) ? "" : HtmlUtil.escapeAttribute(measure.indicator()) %>" /></td>
								<td><input class="form-control" name="<portlet:namespace />measureBaseline" value="<%= ((measure == null) || (measure.baseline() == null)) ? "" : String.valueOf(measure.baseline()) %>" /></td>
								<td><input class="form-control" name="<portlet:namespace />measureTarget" value="<%= ((measure == null) || (measure.target() == null)) ? "" : String.valueOf(measure.target()) %>" /></td>
								<td><input class="form-control" name="<portlet:namespace />measureResult" value="<%= (measure == null) ? "" : HtmlUtil.escapeAttribute(measure.expectedResult()) %>" /></td>
							</tr>

						<%
						}
						%>

					</tbody>
				</table>

				<aui:input label="opora-risk-field-expectedResult" name="expectedResult" type="textarea" value="<%= documentDisplayContext.getContent().expectedResult() %>" />

				<aui:button type="submit" value="opora-risk-save" />
			</aui:form>
		</c:when>
		<c:otherwise>
			<h4><liferay-ui:message key="opora-risk-field-goal" /></h4>

			<p><%= HtmlUtil.escape(documentDisplayContext.getContent().goal()) %></p>

			<h4><liferay-ui:message key="opora-risk-field-tasks" /></h4>

			<ol>

				<%
				for (String task : documentDisplayContext.getContent().tasks()) {
				%>

					<li><%= HtmlUtil.escape(task) %></li>

				<%
				}
				%>

			</ol>

			<h4><liferay-ui:message key="opora-risk-field-measures" /></h4>

			<table class="table table-autofit">
				<thead>
					<tr>
						<th><liferay-ui:message key="opora-risk-field-title" /></th>
						<th><liferay-ui:message key="opora-risk-field-task" /></th>
						<th><liferay-ui:message key="opora-risk-field-deadline" /></th>
						<th><liferay-ui:message key="opora-risk-field-responsible" /></th>
						<th><liferay-ui:message key="opora-risk-field-indicator" /></th>
						<th><liferay-ui:message key="opora-risk-field-baseline" /></th>
						<th><liferay-ui:message key="opora-risk-field-target" /></th>
						<th><liferay-ui:message key="opora-risk-field-expectedResult" /></th>
					</tr>
				</thead>
				<tbody>

					<%
					for (MeasureData measure : measures) {
					%>

						<tr>
							<td><%= HtmlUtil.escape(measure.title()) %></td>
							<td><%= measure.taskIndex() + 1 %></td>
							<td><%= documentDisplayContext.format(measure.deadline()) %></td>
							<td><%= HtmlUtil.escape(measure.responsible()) %></td>
							<td><%= HtmlUtil.escape(measure.indicator()) %></td>
							<td><%= (measure.baseline() == null) ? "" : measure.baseline() %></td>
							<td><%= (measure.target() == null) ? "" : measure.target() %></td>
							<td><%= HtmlUtil.escape(measure.expectedResult()) %></td>
						</tr>

					<%
					}
					%>

				</tbody>
			</table>

			<h4><liferay-ui:message key="opora-risk-field-expectedResult" /></h4>

			<p><%= HtmlUtil.escape(documentDisplayContext.getContent().expectedResult()) %></p>
		</c:otherwise>
	</c:choose>

	<%
	List<Material> factorMaterials = documentDisplayContext.getFactorMaterials();
	%>

	<c:if test="<%= !factorMaterials.isEmpty() %>">
		<h3 class="mt-4"><liferay-ui:message arguments="<%= HtmlUtil.escape(riskDocument.getFactorCode()) %>" key="opora-risk-factor-materials-x" /></h3>

		<p class="text-secondary"><liferay-ui:message key="opora-risk-factor-materials-help" /></p>

		<ul>

			<%
			for (Material material : factorMaterials) {
				String materialURL = documentDisplayContext.getMaterialURL(material);
			%>

				<li>
					<c:choose>
						<c:when test="<%= materialURL != null %>">
							<a href="<%= HtmlUtil.escapeHREF(materialURL) %>" target="_blank"><%= HtmlUtil.escape(material.getTitle()) %></a>
						</c:when>
						<c:otherwise>
							<%= HtmlUtil.escape(material.getTitle()) %>
						</c:otherwise>
					</c:choose>

					<span class="text-secondary"><%= HtmlUtil.escape(material.getAuthorSchool()) %></span>
				</li>

			<%
			}
			%>

		</ul>
	</c:if>

	<liferay-ui:success key="opora-risk-attachment-saved" message="opora-risk-attachment-saved" />

	<h3 class="mt-4"><liferay-ui:message key="opora-risk-attachments" /></h3>

	<p class="text-secondary"><liferay-ui:message key="opora-risk-attachments-help" /></p>

	<%
	List<FileEntry> attachments = documentDisplayContext.getAttachments();
	%>

	<c:if test="<%= attachments.isEmpty() %>">
		<p><liferay-ui:message key="opora-risk-no-attachments" /></p>
	</c:if>

	<ul>

		<%
		for (FileEntry attachment : attachments) {
		%>

			<portlet:resourceURL id="<%= RiskProfileWebKeys.MVC_DOWNLOAD_ATTACHMENT %>" var="attachmentURL">
				<portlet:param name="riskDocumentId" value="<%= riskDocumentId %>" />
				<portlet:param name="fileEntryId" value="<%= String.valueOf(attachment.getFileEntryId()) %>" />
			</portlet:resourceURL>

			<li>
				<a href="<%= attachmentURL %>"><%= HtmlUtil.escape(attachment.getTitle()) %></a>
				<span class="text-secondary"><%= documentDisplayContext.format(attachment.getCreateDate()) %></span>
			</li>

		<%
		}
		%>

	</ul>

	<c:if test="<%= documentDisplayContext.canAttach() %>">
		<portlet:actionURL name="<%= RiskProfileWebKeys.MVC_ADD_ATTACHMENT %>" var="addAttachmentURL" />

		<aui:form action="<%= addAttachmentURL %>" cssClass="mb-3" enctype="multipart/form-data" name="attachmentForm">
			<aui:input name="redirect" type="hidden" value="<%= currentURL %>" />
			<aui:input name="riskDocumentId" type="hidden" value="<%= riskDocumentId %>" />

			<aui:input label="opora-risk-field-file" name="file" type="file" />

			<aui:button type="submit" value="opora-risk-attach" />
		</aui:form>
	</c:if>

	<c:if test="<%= documentDisplayContext.isApproved() %>">
		<h3 class="mt-4"><liferay-ui:message key="opora-risk-monitoring" />: <liferay-ui:message key='<%= "opora-risk-track-" + documentDisplayContext.getMonitoringStatus() %>' /></h3>

		<table class="table table-autofit">
			<thead>
				<tr>
					<th><liferay-ui:message key="opora-risk-field-title" /></th>
					<th><liferay-ui:message key="opora-risk-field-deadline" /></th>
					<th><liferay-ui:message key="opora-risk-status" /></th>
					<th><liferay-ui:message key="opora-risk-field-doneDate" /></th>
					<th><liferay-ui:message key="opora-risk-field-notDone" /></th>
					<th><liferay-ui:message key="opora-risk-field-interimValue" /></th>
					<th><liferay-ui:message key="opora-risk-field-finalValue" /></th>
					<th><liferay-ui:message key="opora-risk-field-target" /></th>
					<th></th>
				</tr>
			</thead>
			<tbody>

				<%
				for (RiskMeasure riskMeasure : documentDisplayContext.getMeasures()) {
					String formName = "measureForm" + riskMeasure.getRiskMeasureId();
				%>

					<portlet:actionURL name="<%= RiskProfileWebKeys.MVC_UPDATE_MEASURE %>" var="measureURL">
						<portlet:param name="redirect" value="<%= currentURL %>" />
						<portlet:param name="riskDocumentId" value="<%= riskDocumentId %>" />
						<portlet:param name="riskMeasureId" value="<%= String.valueOf(riskMeasure.getRiskMeasureId()) %>" />
					</portlet:actionURL>

					<tr>
						<td><%= HtmlUtil.escape(riskMeasure.getTitle()) %></td>
						<td><%= documentDisplayContext.format(ru.opora.mentoring.util.MentoringDates.toLocalDate(riskMeasure.getDeadline())) %></td>
						<td><liferay-ui:message key='<%= "opora-risk-measure-" + documentDisplayContext.getMeasureStatus(riskMeasure) %>' /></td>
						<td><input class="form-control" <%= documentDisplayContext.canMonitor() ? "" : "disabled" %> form="<portlet:namespace /><%= formName %>" name="<portlet:namespace />doneDate" type="date" value="<%= (riskMeasure.getDoneDate() == null) ? "" : ru.opora.mentoring.util.MentoringDates.toLocalDate(riskMeasure.getDoneDate()).toString() %>" /></td>
						<td><input <%= riskMeasure.isNotDone() ? "checked" : "" %> <%= documentDisplayContext.canMonitor() ? "" : "disabled" %> form="<portlet:namespace /><%= formName %>" name="<portlet:namespace />notDone" type="checkbox" value="true" /></td>
						<td><input class="form-control" <%= documentDisplayContext.canMonitor() ? "" : "disabled" %> form="<portlet:namespace /><%= formName %>" name="<portlet:namespace />interimValue" value="<%= HtmlUtil.escapeAttribute(riskMeasure.getInterimValue()) %>" /></td>
						<td><input class="form-control" <%= documentDisplayContext.canMonitor() ? "" : "disabled" %> form="<portlet:namespace /><%= formName %>" name="<portlet:namespace />finalValue" value="<%= HtmlUtil.escapeAttribute(riskMeasure.getFinalValue()) %>" /></td>
						<td><%= riskMeasure.getTarget() %></td>
						<td>
							<c:if test="<%= documentDisplayContext.canMonitor() %>">
								<form action="<%= measureURL %>" id="<portlet:namespace /><%= formName %>" method="post">
									<button class="btn btn-secondary btn-sm" type="submit"><liferay-ui:message key="opora-risk-save" /></button>
								</form>
							</c:if>
						</td>
					</tr>

				<%
				}
				%>

			</tbody>
		</table>
	</c:if>

	<h3 class="mt-4"><liferay-ui:message key="opora-risk-comments" /></h3>

	<%
	List<RiskReviewComment> comments = documentDisplayContext.getComments();
	%>

	<c:choose>
		<c:when test="<%= comments.isEmpty() %>">
			<p class="text-secondary"><liferay-ui:message key="opora-risk-no-comments" /></p>
		</c:when>
		<c:otherwise>
			<table class="table table-autofit">
				<thead>
					<tr>
						<th><liferay-ui:message key="opora-risk-round" /></th>
						<th><liferay-ui:message key="opora-risk-section" /></th>
						<th><liferay-ui:message key="opora-risk-curator" /></th>
						<th><liferay-ui:message key="opora-risk-date" /></th>
						<th><liferay-ui:message key="opora-risk-comment" /></th>
					</tr>
				</thead>
				<tbody>

					<%
					for (RiskReviewComment comment : comments) {
					%>

						<tr>
							<td><%= comment.getRound() %></td>
							<td><liferay-ui:message key='<%= "opora-risk-section-" + comment.getSection() %>' /></td>
							<td><%= HtmlUtil.escape(comment.getUserName()) %></td>
							<td><%= documentDisplayContext.format(comment.getCreateDate()) %></td>
							<td><%= HtmlUtil.escape(comment.getComment()) %></td>
						</tr>

					<%
					}
					%>

				</tbody>
			</table>
		</c:otherwise>
	</c:choose>

	<c:if test="<%= documentDisplayContext.canComment() %>">
		<portlet:actionURL name="<%= RiskProfileWebKeys.MVC_ADD_COMMENT %>" var="commentURL" />

		<aui:form action="<%= commentURL %>" name="commentForm">
			<aui:input name="redirect" type="hidden" value="<%= currentURL %>" />
			<aui:input name="riskDocumentId" type="hidden" value="<%= riskDocumentId %>" />

			<aui:select label="opora-risk-section" name="section">

				<%
				for (String section : documentDisplayContext.getSections()) {
				%>

					<aui:option label='<%= "opora-risk-section-" + section %>' value="<%= section %>" />

				<%
				}
				%>

			</aui:select>

			<aui:input label="opora-risk-comment" name="comment" type="textarea" />

			<aui:button type="submit" value="opora-risk-add-comment" />
		</aui:form>
	</c:if>

	<%
	List<RiskDocumentSnapshot> snapshots = documentDisplayContext.getSnapshots();
	%>

	<c:if test="<%= !snapshots.isEmpty() %>">
		<h3 class="mt-4"><liferay-ui:message key="opora-risk-submissions" /></h3>

		<ul>

			<%
			for (RiskDocumentSnapshot snapshot : snapshots) {
			%>

				<li>
					<details>
						<summary><liferay-ui:message arguments="<%= new Object[] {snapshot.getRound(), documentDisplayContext.format(snapshot.getCreateDate())} %>" key="opora-risk-submission-x-x" /></summary>

						<%
						ru.opora.domain.risk.programme.ProgrammeContent frozen = documentDisplayContext.getSnapshotContent(snapshot);
						%>

						<div class="small">
							<p><strong><liferay-ui:message key="opora-risk-field-goal" />:</strong> <%= HtmlUtil.escape(frozen.goal()) %></p>

							<ol>

								<%
								for (String task : frozen.tasks()) {
								%>

									<li><%= HtmlUtil.escape(task) %></li>

								<%
								}
								%>

							</ol>

							<ul>

								<%
								for (MeasureData measure : frozen.measures()) {
								%>

									<li><%= HtmlUtil.escape(measure.title()) %> (<%= documentDisplayContext.format(measure.deadline()) %>, <%= HtmlUtil.escape(measure.responsible()) %>): <%= HtmlUtil.escape(measure.indicator()) %> &rarr; <%= (measure.target() == null) ? "" : measure.target() %></li>

								<%
								}
								%>

							</ul>

							<p><strong><liferay-ui:message key="opora-risk-field-expectedResult" />:</strong> <%= HtmlUtil.escape(frozen.expectedResult()) %></p>
						</div>
					</details>
				</li>

			<%
			}
			%>

		</ul>
	</c:if>
</clay:container-fluid>
