package ru.opora.mentoring.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCActionCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.ServiceContextFactory;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.util.WebKeys;

import java.time.LocalDate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.domain.validation.Violation;
import ru.opora.domain.validation.Violations;

import ru.opora.mentoring.constants.MentoringPortletKeys;
import ru.opora.mentoring.exception.MentoringValidationException;
import ru.opora.mentoring.model.MentorAssignment;
import ru.opora.mentoring.model.MentorSuggestion;
import ru.opora.mentoring.model.MentorSuggestions;
import ru.opora.mentoring.service.MentorAssignmentService;
import ru.opora.portal.feature.OporaFeatureService;
import ru.opora.mentoring.web.internal.constants.MentoringWebKeys;
import ru.opora.mentoring.web.internal.display.context.SuggestionInputs;
import ru.opora.mentoring.web.internal.display.context.SuggestionRow;
import ru.opora.mentoring.web.internal.util.ActionResults;
import ru.opora.mentoring.web.internal.util.FormValues;
import ru.opora.schools.service.AssessmentResultService;
import ru.opora.schools.service.SchoolContextService;
import ru.opora.schools.service.SchoolService;

/**
 * Accepts the ticked pairs of the suggestion screen for the period entered:
 * the suggestion is computed again from the same site data (the browser only
 * names the pairs; the explanation stored with each assignment is the
 * service's, not posted text) and the ticked pairs go to acceptSuggestions,
 * all or nothing. Unticked pairs are rejected: nothing is stored for them.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + MentoringPortletKeys.MENTORING,
		"mvc.command.name=" + MentoringWebKeys.MVC_ACCEPT_SUGGESTIONS
	},
	service = MVCActionCommand.class
)
public class AcceptSuggestionsMVCActionCommand extends BaseMVCActionCommand {

	@Override
	protected void doProcessAction(
			ActionRequest actionRequest, ActionResponse actionResponse)
		throws Exception {

		ThemeDisplay themeDisplay = (ThemeDisplay)actionRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		long groupId = themeDisplay.getScopeGroupId();

		try {
			FormValues formValues = new FormValues(actionRequest);

			LocalDate startDate = formValues.getDate("startDate");
			LocalDate endDate = formValues.getDate("endDate");

			Set<String> ticked = new LinkedHashSet<>();

			String[] pairs = actionRequest.getParameterValues("pairs");

			if (pairs != null) {
				ticked.addAll(Arrays.asList(pairs));
			}

			Violations violations = new Violations();

			violations.require(startDate != null, "startDate", "required");
			violations.require(!ticked.isEmpty(), "pairs", "required");

			formValues.throwIfUnreadable(violations.list());

			if (!violations.isEmpty()) {
				throw new MentoringValidationException(violations.list());
			}

			SuggestionInputs suggestionInputs = SuggestionInputs.load(
				groupId, _schoolService, _assessmentResultService,
				_schoolContextService,
				_oporaFeatureService.getCuratorCapacity(groupId));

			MentorSuggestions mentorSuggestions =
				_mentorAssignmentService.suggestAssignments(
					groupId, suggestionInputs.getProfiles(),
					suggestionInputs.getCandidates(), null);

			List<MentorSuggestion> accepted = new ArrayList<>();

			for (MentorSuggestion mentorSuggestion :
					mentorSuggestions.getSuggestions()) {

				if (ticked.remove(
						SuggestionRow.key(
							mentorSuggestion.getSupportedSchoolId(),
							mentorSuggestion.getMentorSchoolId()))) {

					accepted.add(mentorSuggestion);
				}
			}

			if (!ticked.isEmpty()) {

				// The site's data changed since the screen was shown

				List<Violation> changed = new ArrayList<>();

				changed.add(Violation.of("pairs", "suggestion-changed"));

				throw new MentoringValidationException(changed);
			}

			ServiceContext serviceContext = ServiceContextFactory.getInstance(
				MentorAssignment.class.getName(), actionRequest);

			_mentorAssignmentService.acceptSuggestions(
				groupId, accepted, startDate, endDate,
				_oporaFeatureService.getCuratorCapacity(groupId), serviceContext);

			ActionResults.succeed(
				actionRequest, actionResponse, _portal,
				MentoringWebKeys.SUCCESS_SUGGESTIONS_ACCEPTED);
		}
		catch (MentoringValidationException mentoringValidationException) {
			ActionResults.showFormAgain(
				actionRequest, actionResponse, _portal,
				mentoringValidationException,
				MentoringWebKeys.MVC_VIEW_SUGGESTIONS);
		}
	}

	@Reference
	private AssessmentResultService _assessmentResultService;

	@Reference
	private MentorAssignmentService _mentorAssignmentService;

	@Reference
	private OporaFeatureService _oporaFeatureService;

	@Reference
	private Portal _portal;

	@Reference
	private SchoolContextService _schoolContextService;

	@Reference
	private SchoolService _schoolService;

}
