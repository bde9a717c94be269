<%--
/**
 * SPDX-FileCopyrightText: (c) 2026 Opora
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
--%>

<%@ include file="/init.jsp" %>

<%
ViewSchoolDisplayContext viewSchoolDisplayContext = (ViewSchoolDisplayContext)request.getAttribute(SchoolsWebKeys.DISPLAY_CONTEXT);

SchoolData schoolData = viewSchoolDisplayContext.getSchoolData();
Figures figures = viewSchoolDisplayContext.getFigures();
ResultChart resultChart = viewSchoolDisplayContext.getChart();
%>

<clay:container-fluid cssClass="opora-schools opora-school-card">
	<liferay-ui:success key="<%= SchoolsWebKeys.SUCCESS_SCHOOL_SAVED %>" message="opora-the-school-was-saved" />
	<liferay-ui:success key="<%= SchoolsWebKeys.SUCCESS_RESULT_SAVED %>" message="opora-the-result-was-saved" />
	<liferay-ui:success key="<%= SchoolsWebKeys.SUCCESS_CONTEXT_SAVED %>" message="opora-the-context-was-saved" />

	<clay:row cssClass="align-items-center mb-3">
		<clay:col md="7">
			<h2 class="mb-1"><%= HtmlUtil.escape(schoolData.name()) %></h2>

			<c:if test="<%= viewSchoolDisplayContext.getLatestClassification().isPresent() %>">

				<%
				SchoolClassification latestClassification = viewSchoolDisplayContext.getLatestClassification().get();
				%>

				<span class="text-secondary"><liferay-ui:message arguments="<%= latestClassification.year() %>" key="opora-groups-in-x" /></span>

				<%
				for (GroupBadge groupBadge : viewSchoolDisplayContext.getGroupBadges(latestClassification)) {
				%>

					<clay:label
						displayType="<%= groupBadge.getDisplayType() %>"
						label="<%= groupBadge.getLabel() %>"
					/>

				<%
				}
				%>

			</c:if>
		</clay:col>

		<clay:col cssClass="text-md-right" md="5">
			<clay:link
				displayType="secondary"
				href="<%= viewSchoolDisplayContext.getBackURL() %>"
				label="opora-back-to-the-schools"
				type="button"
			/>

			<c:if test="<%= viewSchoolDisplayContext.isShowEditButtons() %>">
				<clay:link
					displayType="primary"
					href="<%= viewSchoolDisplayContext.getEditSchoolURL() %>"
					label="opora-edit"
					type="button"
				/>
			</c:if>

			<c:if test="<%= viewSchoolDisplayContext.isShowDeleteButton() %>">
				<liferay-ui:icon-delete
					confirmation="opora-are-you-sure-you-want-to-delete-this-school"
					label="<%= true %>"
					linkCssClass="btn btn-outline-danger"
					message="opora-delete"
					showIcon="<%= false %>"
					url="<%= viewSchoolDisplayContext.getDeleteSchoolURL() %>"
				/>
			</c:if>
		</clay:col>
	</clay:row>

	<clay:sheet size="full">
		<h3 class="sheet-subtitle"><liferay-ui:message key="opora-school" /></h3>

		<dl class="row">
			<dt class="col-md-3"><liferay-ui:message key="opora-field-short-name" /></dt>
			<dd class="col-md-9"><%= HtmlUtil.escape(viewSchoolDisplayContext.getText(schoolData.shortName())) %></dd>
			<dt class="col-md-3"><liferay-ui:message key="opora-field-address" /></dt>
			<dd class="col-md-9"><%= HtmlUtil.escape(viewSchoolDisplayContext.getText(schoolData.address())) %></dd>
			<dt class="col-md-3"><liferay-ui:message key="opora-field-settlement-type" /></dt>
			<dd class="col-md-9"><%= HtmlUtil.escape(viewSchoolDisplayContext.getSettlementLabel()) %></dd>
			<dt class="col-md-3"><liferay-ui:message key="opora-field-level" /></dt>
			<dd class="col-md-9"><%= HtmlUtil.escape(viewSchoolDisplayContext.getLevelLabel()) %></dd>
			<dt class="col-md-3"><liferay-ui:message key="opora-field-small-school" /></dt>
			<dd class="col-md-9"><%= HtmlUtil.escape(viewSchoolDisplayContext.getYesNo(schoolData.smallSchool())) %></dd>
			<dt class="col-md-3"><liferay-ui:message key="opora-field-branch-of-school-id" /></dt>
			<dd class="col-md-9"><%= HtmlUtil.escape(viewSchoolDisplayContext.getBranchOfName()) %></dd>
			<dt class="col-md-3"><liferay-ui:message key="opora-field-distance-to-centre-km" /></dt>
			<dd class="col-md-9"><%= viewSchoolDisplayContext.getDistanceToCentreKm() %></dd>
			<dt class="col-md-3"><liferay-ui:message key="opora-field-head-name" /></dt>
			<dd class="col-md-9"><%= HtmlUtil.escape(viewSchoolDisplayContext.getText(schoolData.headName())) %></dd>
			<dt class="col-md-3"><liferay-ui:message key="opora-field-phone" /></dt>
			<dd class="col-md-9"><%= HtmlUtil.escape(viewSchoolDisplayContext.getText(schoolData.phone())) %></dd>
			<dt class="col-md-3"><liferay-ui:message key="opora-field-email" /></dt>
			<dd class="col-md-9"><%= HtmlUtil.escape(viewSchoolDisplayContext.getText(schoolData.email())) %></dd>
			<dt class="col-md-3"><liferay-ui:message key="opora-field-federal-login" /></dt>
			<dd class="col-md-9"><%= HtmlUtil.escape(viewSchoolDisplayContext.getText(schoolData.federalLogin())) %></dd>
			<dt class="col-md-3"><liferay-ui:message key="opora-field-status" /></dt>
			<dd class="col-md-9"><%= HtmlUtil.escape(viewSchoolDisplayContext.getStatusLabel()) %></dd>
		</dl>
	</clay:sheet>

	<clay:sheet size="full">
		<clay:row cssClass="align-items-center">
			<clay:col md="8">
				<h3 class="sheet-subtitle"><liferay-ui:message key="opora-results-over-the-years" /></h3>
			</clay:col>

			<clay:col cssClass="text-md-right" md="4">
				<c:if test="<%= viewSchoolDisplayContext.isShowEditButtons() %>">
					<clay:link
						displayType="secondary"
						href="<%= viewSchoolDisplayContext.getAddAssessmentResultURL() %>"
						icon="plus"
						label="opora-add-result"
						small="<%= true %>"
						type="button"
					/>
				</c:if>
			</clay:col>
		</clay:row>

		<c:choose>
			<c:when test="<%= resultChart.isEmpty() %>">
				<p class="text-secondary"><liferay-ui:message key="opora-no-results-yet" /></p>
			</c:when>
			<c:otherwise>
				<svg aria-label="<liferay-ui:message key="opora-chart-title" />" class="opora-result-chart" height="<%= resultChart.getHeight() %>" role="img" viewBox="0 0 <%= resultChart.getWidth() %> <%= resultChart.getHeight() %>" width="<%= resultChart.getWidth() %>">

					<%
					for (ResultChart.Label gridLabel : resultChart.getGridLabels()) {
					%>

						<line class="opora-chart-grid" x1="<%= ResultChart.MARGIN_LEFT %>" x2="<%= resultChart.getPlotRight() %>" y1="<%= gridLabel.getY() %>" y2="<%= gridLabel.getY() %>" />
						<text class="opora-chart-axis" text-anchor="end" x="<%= gridLabel.getX() %>" y="<%= gridLabel.getY() + 4 %>"><%= gridLabel.getText() %></text>

					<%
					}

					for (ResultChart.Bar bar : resultChart.getBars()) {
					%>

						<rect class="opora-chart-<%= bar.getKind() %>" height="<%= bar.getHeight() %>" width="<%= bar.getWidth() %>" x="<%= bar.getX() %>" y="<%= bar.getY() %>">
							<title><%= HtmlUtil.escape(viewSchoolDisplayContext.getBarTitle(bar)) %></title>
						</rect>

					<%
					}

					for (ResultChart.Label yearLabel : resultChart.getYearLabels()) {
					%>

						<text class="opora-chart-axis" text-anchor="middle" x="<%= yearLabel.getX() %>" y="<%= yearLabel.getY() %>"><%= yearLabel.getText() %></text>

					<%
					}
					%>

				</svg>

				<p class="small">
					<span class="opora-chart-legend-swatch opora-chart-pass-rate"></span><liferay-ui:message key="opora-pass-rate" />
					<span class="ml-3 opora-chart-legend-swatch opora-chart-quality-rate"></span><liferay-ui:message key="opora-quality-rate" />
				</p>

				<table class="table table-autofit table-sm">
					<thead>
						<tr>
							<th><liferay-ui:message key="opora-field-year" /></th>
							<th><liferay-ui:message key="opora-results-count" /></th>
							<th><liferay-ui:message key="opora-pass-rate" /></th>
							<th><liferay-ui:message key="opora-quality-rate" /></th>
						</tr>
					</thead>
					<tbody>

						<%
						for (KeyFigures keyFigures : viewSchoolDisplayContext.getKeyFigures()) {
						%>

							<tr>
								<td><%= keyFigures.getYear() %></td>
								<td><%= keyFigures.getResultsCount() %></td>
								<td><%= figures.formatPercent(keyFigures.getPassRate()) %></td>
								<td><%= figures.formatPercent(keyFigures.getQualityRate()) %></td>
							</tr>

						<%
						}
						%>

					</tbody>
				</table>
			</c:otherwise>
		</c:choose>

		<c:if test="<%= !viewSchoolDisplayContext.getResults().isEmpty() %>">
			<div class="table-responsive">
				<table class="table table-autofit table-hover table-list">
					<thead>
						<tr>
							<th><liferay-ui:message key="opora-field-year" /></th>
							<th><liferay-ui:message key="opora-field-assessment" /></th>
							<th><liferay-ui:message key="opora-field-grade" /></th>
							<th><liferay-ui:message key="opora-field-subject" /></th>
							<th><liferay-ui:message key="opora-field-participants" /></th>
							<th><liferay-ui:message key="opora-marks-2-3-4-5" /></th>
							<th><liferay-ui:message key="opora-pass-rate" /></th>
							<th><liferay-ui:message key="opora-quality-rate" /></th>
							<th><liferay-ui:message key="opora-field-mean-score" /></th>
							<th><liferay-ui:message key="opora-field-share-below-threshold" /></th>
							<c:if test="<%= viewSchoolDisplayContext.isShowEditButtons() %>">
								<th><span class="sr-only"><liferay-ui:message key="opora-actions" /></span></th>
							</c:if>
						</tr>
					</thead>
					<tbody>

						<%
						for (AssessmentResult assessmentResult : viewSchoolDisplayContext.getResults()) {
							ResultFigures resultFigures = viewSchoolDisplayContext.getResultFigures(assessmentResult);
						%>

							<tr>
								<td><%= resultFigures.year() %></td>
								<td><%= HtmlUtil.escape(viewSchoolDisplayContext.getLabels().assessment(resultFigures.assessment())) %></td>
								<td><%= resultFigures.grade() %></td>
								<td><%= HtmlUtil.escape(resultFigures.subject()) %></td>
								<td><%= resultFigures.participants() %></td>
								<td><%= viewSchoolDisplayContext.getMarks(resultFigures) %></td>
								<td><%= figures.formatPercent(resultFigures.hasMarks() ? resultFigures.passRate() : null) %></td>
								<td><%= figures.formatPercent(resultFigures.hasMarks() ? resultFigures.qualityRate() : null) %></td>
								<td><%= figures.format(resultFigures.meanScore()) %></td>
								<td><%= figures.formatPercent(resultFigures.effectiveShareBelowThreshold()) %></td>
								<c:if test="<%= viewSchoolDisplayContext.isShowEditButtons() %>">
									<td>
										<clay:link
											href="<%= viewSchoolDisplayContext.getEditAssessmentResultURL(assessmentResult) %>"
											label="opora-edit"
										/>
									</td>
								</c:if>
							</tr>

						<%
						}
						%>

					</tbody>
				</table>
			</div>
		</c:if>
	</clay:sheet>

	<clay:sheet size="full">
		<clay:row cssClass="align-items-center">
			<clay:col md="8">
				<h3 class="sheet-subtitle"><liferay-ui:message key="opora-context-by-year" /></h3>
			</clay:col>

			<clay:col cssClass="text-md-right" md="4">
				<c:if test="<%= viewSchoolDisplayContext.isShowEditButtons() %>">
					<clay:link
						displayType="secondary"
						href="<%= viewSchoolDisplayContext.getAddSchoolContextURL() %>"
						icon="plus"
						label="opora-add-context"
						small="<%= true %>"
						type="button"
					/>
				</c:if>
			</clay:col>
		</clay:row>

		<c:choose>
			<c:when test="<%= viewSchoolDisplayContext.getContexts().isEmpty() %>">
				<p class="text-secondary"><liferay-ui:message key="opora-no-context-yet" /></p>
			</c:when>
			<c:otherwise>
				<div class="table-responsive">
					<table class="table table-autofit table-hover table-list">
						<thead>
							<tr>
								<th><liferay-ui:message key="opora-field-year" /></th>
								<th><liferay-ui:message key="opora-field-pupils-count" /></th>
								<th><liferay-ui:message key="opora-well-being-index" /></th>
								<th><liferay-ui:message key="opora-field-share-single-parent" /></th>
								<th><liferay-ui:message key="opora-field-share-both-parents-higher-education" /></th>
								<th><liferay-ui:message key="opora-field-share-parent-higher-education" /></th>
								<th><liferay-ui:message key="opora-field-share-deviant-registered" /></th>
								<th><liferay-ui:message key="opora-field-share-non-native-russian" /></th>
								<th><liferay-ui:message key="opora-field-share-low-income" /></th>
								<th><liferay-ui:message key="opora-field-teacher-vacancies" /></th>
								<th><liferay-ui:message key="opora-field-share-teachers-aged-65plus" /></th>
								<th><liferay-ui:message key="opora-field-share-teachers-double-load" /></th>
								<th><liferay-ui:message key="opora-field-needs-major-repair" /></th>
								<th><liferay-ui:message key="opora-field-has-high-speed-internet" /></th>
								<th><liferay-ui:message key="opora-field-has-growth-point-centre" /></th>
								<c:if test="<%= viewSchoolDisplayContext.isShowEditButtons() %>">
									<th><span class="sr-only"><liferay-ui:message key="opora-actions" /></span></th>
								</c:if>
							</tr>
						</thead>
						<tbody>

							<%
							for (SchoolContext schoolContext : viewSchoolDisplayContext.getContexts()) {
								ContextFigures contextFigures = viewSchoolDisplayContext.getContextFigures(schoolContext);
							%>

								<tr>
									<td><%= contextFigures.year() %></td>
									<td><%= contextFigures.pupilsCount() %></td>
									<td><%= viewSchoolDisplayContext.getWellBeingIndex(schoolContext) %></td>
									<td><%= figures.formatPercent(contextFigures.shareSingleParent()) %></td>
									<td><%= figures.formatPercent(contextFigures.shareBothParentsHigherEducation()) %></td>
									<td><%= figures.formatPercent(contextFigures.shareParentHigherEducation()) %></td>
									<td><%= figures.formatPercent(contextFigures.shareDeviantRegistered()) %></td>
									<td><%= figures.formatPercent(contextFigures.shareNonNativeRussian()) %></td>
									<td><%= figures.formatPercent(contextFigures.shareLowIncome()) %></td>
									<td><%= contextFigures.teacherVacancies() %></td>
									<td><%= figures.formatPercent(contextFigures.shareTeachersAged65Plus()) %></td>
									<td><%= figures.formatPercent(contextFigures.shareTeachersDoubleLoad()) %></td>
									<td><%= HtmlUtil.escape(viewSchoolDisplayContext.getYesNo(contextFigures.needsMajorRepair())) %></td>
									<td><%= HtmlUtil.escape(viewSchoolDisplayContext.getYesNo(contextFigures.hasHighSpeedInternet())) %></td>
									<td><%= HtmlUtil.escape(viewSchoolDisplayContext.getYesNo(contextFigures.hasGrowthPointCentre())) %></td>
									<c:if test="<%= viewSchoolDisplayContext.isShowEditButtons() %>">
										<td>
											<clay:link
												href="<%= viewSchoolDisplayContext.getEditSchoolContextURL(schoolContext) %>"
												label="opora-edit"
											/>
										</td>
									</c:if>
								</tr>

							<%
							}
							%>

						</tbody>
					</table>
				</div>
			</c:otherwise>
		</c:choose>
	</clay:sheet>

	<clay:sheet size="full">
		<h3 class="sheet-subtitle"><liferay-ui:message key="opora-group-history" /></h3>

		<p class="small text-secondary"><liferay-ui:message key="opora-group-history-help" /></p>

		<c:choose>
			<c:when test="<%= viewSchoolDisplayContext.getClassifications().isEmpty() %>">
				<p class="text-secondary"><liferay-ui:message key="opora-no-data-for-identification" /></p>
			</c:when>
			<c:otherwise>
				<table class="table table-autofit table-list">
					<thead>
						<tr>
							<th><liferay-ui:message key="opora-field-year" /></th>
							<th><liferay-ui:message key="opora-groups" /></th>
							<th><liferay-ui:message key="opora-well-being-index" /></th>
							<th class="table-cell-expand"><liferay-ui:message key="opora-reasons" /></th>
						</tr>
					</thead>
					<tbody>

						<%
						for (SchoolClassification schoolClassification : viewSchoolDisplayContext.getClassifications()) {
						%>

							<tr>
								<td><%= schoolClassification.year() %></td>
								<td>

									<%
									for (GroupBadge groupBadge : viewSchoolDisplayContext.getGroupBadges(schoolClassification)) {
									%>

										<clay:label
											displayType="<%= groupBadge.getDisplayType() %>"
											label="<%= groupBadge.getLabel() %>"
										/>

									<%
									}
									%>

								</td>
								<td><%= figures.format(schoolClassification.wellBeingIndex()) %></td>
								<td class="table-cell-expand">
									<ul class="opora-reasons">

										<%
										for (String reasonMessage : viewSchoolDisplayContext.getReasonMessages(schoolClassification)) {
										%>

											<li><%= HtmlUtil.escape(reasonMessage) %></li>

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
	</clay:sheet>
</clay:container-fluid>
