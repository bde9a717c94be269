package ru.opora.mentoring.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.WebKeys;

import javax.portlet.PortletException;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.mentoring.constants.MentoringPortletKeys;
import ru.opora.mentoring.model.MentorSuggestions;
import ru.opora.mentoring.web.internal.display.context.SuggestionInputs;
import ru.opora.mentoring.web.internal.display.context.SuggestionsDisplayContext;
import ru.opora.mentoring.web.internal.constants.MentoringWebKeys;
import ru.opora.mentoring.web.internal.util.ErrorPage;
import ru.opora.mentoring.web.internal.util.MentoringServices;

/**
 * The suggestion screen: supported schools and mentor candidates built from the site's schools and their groups, the optimal pairs (nothing stored) with their explanations.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + MentoringPortletKeys.MENTORING,
		"mvc.command.name=" + MentoringWebKeys.MVC_VIEW_SUGGESTIONS
	},
	service = MVCRenderCommand.class
)
public class ViewSuggestionsMVCRenderCommand implements MVCRenderCommand {

	@Override
	public String render(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortletException {

		try {
			ThemeDisplay themeDisplay =
				(ThemeDisplay)renderRequest.getAttribute(WebKeys.THEME_DISPLAY);

			long groupId = themeDisplay.getScopeGroupId();

			SuggestionInputs suggestionInputs = SuggestionInputs.load(
				groupId, _mentoringServices.getSchoolService(),
				_mentoringServices.getAssessmentResultService(),
				_mentoringServices.getSchoolContextService(),
				_mentoringServices.getOporaFeatureService(
				).getCuratorCapacity(
					groupId
				));

			MentorSuggestions mentorSuggestions =
				_mentoringServices.getMentorAssignmentService(
				).suggestAssignments(
					groupId, suggestionInputs.getProfiles(),
					suggestionInputs.getCandidates(), null
				);

			renderRequest.setAttribute(
				MentoringWebKeys.DISPLAY_CONTEXT,
				new SuggestionsDisplayContext(
					renderRequest, renderResponse, _mentoringServices,
					suggestionInputs, mentorSuggestions));
		}
		catch (PortalException portalException) {
			return ErrorPage.show(renderRequest, portalException);
		}

		return "/view_suggestions.jsp";
	}

	@Reference
	private MentoringServices _mentoringServices;

}
