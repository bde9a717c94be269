package ru.opora.mentoring.web.internal.display.context;

import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;
import com.liferay.portal.kernel.util.ParamUtil;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import ru.opora.domain.identification.Group;
import ru.opora.domain.mentoring.CostComponent;
import ru.opora.domain.school.SchoolData;

import ru.opora.mentoring.model.MentorSuggestion;
import ru.opora.mentoring.model.MentorSuggestions;
import ru.opora.mentoring.web.internal.constants.MentoringWebKeys;
import ru.opora.mentoring.web.internal.util.MentoringServices;

/**
 * The suggestion screen: the optimal pairs of supported schools and mentor
 * schools of the site with why each pair, the schools left without a mentor
 * and why, and the form that accepts the ticked pairs for a period.
 *
 * @author Opora
 */
public class SuggestionsDisplayContext extends BaseMentoringDisplayContext {

	/** The message key of why a school got no mentor. */
	public static String unassignedReasonKey(int candidateCount) {
		if (candidateCount == 0) {
			return "opora-mentoring-unassigned-no-candidates";
		}

		return "opora-mentoring-unassigned-no-free-place";
	}

	public SuggestionsDisplayContext(
		RenderRequest renderRequest, RenderResponse renderResponse,
		MentoringServices mentoringServices, SuggestionInputs suggestionInputs,
		MentorSuggestions mentorSuggestions) {

		super(renderRequest, renderResponse, mentoringServices);

		_suggestionInputs = suggestionInputs;
		_mentorSuggestions = mentorSuggestions;
	}

	public String getAcceptURL() {
		return PortletURLBuilder.createActionURL(
			renderResponse
		).setActionName(
			MentoringWebKeys.MVC_ACCEPT_SUGGESTIONS
		).setRedirect(
			PortletURLBuilder.createRenderURL(
				renderResponse
			).setMVCRenderCommandName(
				MentoringWebKeys.MVC_VIEW_ASSIGNMENTS
			).buildString()
		).buildString();
	}

	public int getCandidateCount() {
		return _suggestionInputs.getCandidates().size();
	}

	public int getCapacity() {
		return _suggestionInputs.getCapacity();
	}

	public String getEndDate() {
		return ParamUtil.getString(renderRequest, "endDate");
	}

	public String getStartDate() {
		return ParamUtil.getString(
			renderRequest, "startDate", Dates.iso(today));
	}

	public List<SuggestionRow> getSuggestionRows() {
		Set<String> ticked = new HashSet<>();

		String[] pairs = renderRequest.getParameterValues("pairs");

		if (pairs != null) {
			ticked.addAll(Arrays.asList(pairs));
		}

		List<SuggestionRow> rows = new ArrayList<>();

		for (MentorSuggestion mentorSuggestion :
				_mentorSuggestions.getSuggestions()) {

			List<String> explanation = new ArrayList<>();

			for (CostComponent costComponent :
					mentorSuggestion.getComponents()) {

				String line = labels.costComponent(costComponent);

				if (costComponent.getValue() > 0) {
					line = line + " (+" + figures.format(costComponent.getValue()) + ")";
				}

				explanation.add(line);
			}

			String key = SuggestionRow.key(
				mentorSuggestion.getSupportedSchoolId(),
				mentorSuggestion.getMentorSchoolId());

			rows.add(
				new SuggestionRow(
					key,
					_schoolName(mentorSuggestion.getSupportedSchoolId()),
					_groups(mentorSuggestion.getSupportedSchoolId()),
					_schoolName(mentorSuggestion.getMentorSchoolId()),
					_groups(mentorSuggestion.getMentorSchoolId()),
					figures.format(mentorSuggestion.getCost()), explanation,
					ticked.contains(key)));
		}

		return rows;
	}

	public int getSupportedCount() {
		return _suggestionInputs.getProfiles().size();
	}

	public String getTotalCost() {
		return figures.format(_mentorSuggestions.getTotalCost());
	}

	/** Name, groups and reason of each school left without a mentor. */
	public List<String[]> getUnassignedRows() {
		List<String[]> rows = new ArrayList<>();

		String reason = translator.format(
			unassignedReasonKey(getCandidateCount()),
			new Object[] {getCandidateCount(), getCapacity()});

		for (Long schoolId : _mentorSuggestions.getUnassignedSchoolIds()) {
			rows.add(
				new String[] {
					_schoolName(schoolId), _groups(schoolId), reason
				});
		}

		return rows;
	}

	@Override
	protected String getMVCRenderCommandName() {
		return MentoringWebKeys.MVC_VIEW_SUGGESTIONS;
	}

	private String _groups(long schoolId) {
		StringJoiner stringJoiner = new StringJoiner(", ");

		for (Group group : _suggestionInputs.getGroups(schoolId)) {
			stringJoiner.add(labels.group(group));
		}

		return stringJoiner.toString();
	}

	private String _schoolName(long schoolId) {
		SchoolData schoolData = _suggestionInputs.getSchool(schoolId);

		if (schoolData != null) {
			return schoolData.name();
		}

		return names.school(schoolId);
	}

	private final MentorSuggestions _mentorSuggestions;
	private final SuggestionInputs _suggestionInputs;

}
