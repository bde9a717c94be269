<%--
/**
 * SPDX-FileCopyrightText: (c) 2026 Opora
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
--%>

<%@ include file="/init.jsp" %>

<%
TakeDisplayContext takeDisplayContext = (TakeDisplayContext)request.getAttribute(DiagnosticsWebKeys.DISPLAY_CONTEXT);

BaseDisplayContext baseDisplayContext = takeDisplayContext;
%>

<portlet:actionURL name="<%= DiagnosticsWebKeys.MVC_SAVE_ANSWERS %>" var="saveURL" />

<portlet:resourceURL id="<%= DiagnosticsWebKeys.MVC_AUTOSAVE %>" var="autosaveURL" />

<clay:container-fluid cssClass="opora-diagnostics opora-diagnostics-take">
	<%@ include file="/messages.jspf" %>

	<c:choose>
		<c:when test="<%= takeDisplayContext.isEmpty() %>">
			<p><liferay-ui:message key="diagnostics-attempt-not-in-progress" /></p>

			<a href="<%= takeDisplayContext.renderURL("/") %>"><liferay-ui:message key="diagnostics-back" /></a>
		</c:when>
		<c:otherwise>
			<p class="text-secondary">
				<liferay-ui:message arguments="<%= new Object[] {takeDisplayContext.getPage() + 1, takeDisplayContext.getPageCount()} %>" key="diagnostics-page-x-of-y" />
				&middot;
				<span aria-live="polite" id="<portlet:namespace />timer" data-seconds="<%= takeDisplayContext.getSecondsLeft() %>"></span>
				&middot;
				<span aria-live="polite" id="<portlet:namespace />saved"></span>
			</p>

			<form action="<%= saveURL %>" data-autosave="<%= autosaveURL %>" id="<portlet:namespace />answersFm" method="post">
				<input name="<portlet:namespace />attemptId" type="hidden" value="<%= takeDisplayContext.getAttemptId() %>" />
				<input name="<portlet:namespace />page" type="hidden" value="<%= takeDisplayContext.getPage() %>" />

				<h2><%= HtmlUtil.escape(takeDisplayContext.getCompetenceName()) %></h2>

				<%
				int number = 0;

				for (ItemView item : takeDisplayContext.getItems()) {
					number++;

					ItemType itemType = ItemType.ofCode(item.getItemType());
					String parameterName = liferayPortletResponse.getNamespace() + takeDisplayContext.getParameterName(item);
				%>

					<fieldset class="card mb-3">
						<div class="card-body">
							<legend class="h5"><%= number %>. <%= HtmlUtil.escape(item.getText()) %></legend>

							<input name="<portlet:namespace />shown_<%= HtmlUtil.escapeAttribute(item.getCode()) %>" type="hidden" value="1" />

							<c:choose>
								<c:when test="<%= itemType == ItemType.SHORT_ANSWER %>">
									<label class="sr-only" for="<%= HtmlUtil.escapeAttribute(parameterName) %>"><liferay-ui:message key="diagnostics-your-answer" /></label>
									<input class="form-control" id="<%= HtmlUtil.escapeAttribute(parameterName) %>" maxlength="200" name="<%= HtmlUtil.escapeAttribute(parameterName) %>" type="text" value="<%= HtmlUtil.escapeAttribute(takeDisplayContext.getAnswer(item)) %>" />
								</c:when>
								<c:when test="<%= itemType == ItemType.MATCHING %>">

									<%
									for (int left = 1; left <= item.getOptions().size(); left++) {
										String selectName = liferayPortletResponse.getNamespace() + takeDisplayContext.getParameterName(item, left);
									%>

										<div class="form-group">
											<label for="<%= HtmlUtil.escapeAttribute(selectName) %>"><%= HtmlUtil.escape(item.getOptions().get(left - 1)) %></label>
											<select class="form-control" id="<%= HtmlUtil.escapeAttribute(selectName) %>" name="<%= HtmlUtil.escapeAttribute(selectName) %>">
												<option value=""><liferay-ui:message key="diagnostics-choose" /></option>

												<%
												for (int right = 1; right <= item.getMatches().size(); right++) {
												%>

													<option <%= (takeDisplayContext.getMatch(item, left) == right) ? "selected" : "" %> value="<%= right %>"><%= HtmlUtil.escape(item.getMatches().get(right - 1)) %></option>

												<%
												}
												%>

											</select>
										</div>

									<%
									}
									%>

								</c:when>
								<c:otherwise>

									<%
									String inputType = (itemType == ItemType.MULTIPLE_CHOICE) ? "checkbox" : "radio";

									for (int option = 1; option <= item.getOptions().size(); option++) {
										String optionId = parameterName + "_" + option;
									%>

										<div class="custom-control custom-<%= inputType %>">
											<input <%= takeDisplayContext.isChosen(item, option) ? "checked" : "" %> class="custom-control-input" id="<%= HtmlUtil.escapeAttribute(optionId) %>" name="<%= HtmlUtil.escapeAttribute(parameterName) %>" type="<%= inputType %>" value="<%= option %>" />
											<label class="custom-control-label" for="<%= HtmlUtil.escapeAttribute(optionId) %>"><%= HtmlUtil.escape(item.getOptions().get(option - 1)) %></label>
										</div>

									<%
									}
									%>

								</c:otherwise>
							</c:choose>
						</div>
					</fieldset>

				<%
				}
				%>

				<div class="btn-group-responsive d-flex flex-wrap">
					<c:if test="<%= takeDisplayContext.getPage() > 0 %>">
						<button class="btn btn-secondary mr-2 mb-2" name="<portlet:namespace />move" type="submit" value="previous"><liferay-ui:message key="diagnostics-previous" /></button>
					</c:if>

					<c:choose>
						<c:when test="<%= takeDisplayContext.isLastPage() %>">
							<button class="btn btn-primary mr-2 mb-2" name="<portlet:namespace />move" type="submit" value="submit"><liferay-ui:message key="diagnostics-submit" /></button>
						</c:when>
						<c:otherwise>
							<button class="btn btn-primary mr-2 mb-2" name="<portlet:namespace />move" type="submit" value="next"><liferay-ui:message key="diagnostics-next" /></button>
						</c:otherwise>
					</c:choose>

					<button class="btn btn-link mb-2" name="<portlet:namespace />move" type="submit" value="stay"><liferay-ui:message key="diagnostics-save" /></button>
				</div>
			</form>

			<script>
				(function() {
					var form = document.getElementById('<portlet:namespace />answersFm');
					var saved = document.getElementById('<portlet:namespace />saved');
					var timer = document.getElementById('<portlet:namespace />timer');
					var seconds = parseInt(timer.getAttribute('data-seconds'), 10);
					var pending = null;

					function save() {
						var data = new FormData(form);

						data.delete('<portlet:namespace />move');

						fetch(form.getAttribute('data-autosave'), {body: data, credentials: 'include', method: 'POST'}).then(
							function(response) {
								return response.json();
							}
						).then(
							function(json) {
								if (json.submitted) {
									window.location.reload();
								}
								else if (json.error) {
									saved.textContent = json.error;
								}
								else {
									seconds = json.secondsLeft;
									saved.textContent = '<liferay-ui:message key="diagnostics-autosaved" unicode="<%= true %>" />';
								}
							}
						).catch(
							function() {
								saved.textContent = '<liferay-ui:message key="diagnostics-not-saved" unicode="<%= true %>" />';
							}
						);
					}

					form.addEventListener('change', function() {
						clearTimeout(pending);
						pending = setTimeout(save, 500);
					});

					function tick() {
						var minutes = Math.floor(seconds / 60);

						timer.textContent = '<liferay-ui:message key="diagnostics-time-left" unicode="<%= true %>" /> ' + minutes + ':' + ('0' + (seconds % 60)).slice(-2);

						if (seconds <= 0) {
							save();

							return;
						}

						seconds--;
						setTimeout(tick, 1000);
					}

					tick();
				})();
			</script>
		</c:otherwise>
	</c:choose>
</clay:container-fluid>
