package ru.opora.mentoring.web.internal.display.context;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;
import com.liferay.portal.kernel.util.ParamUtil;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import ru.opora.mentoring.model.MentorAssignment;
import ru.opora.mentoring.web.internal.constants.MentoringWebKeys;
import ru.opora.mentoring.web.internal.util.MentoringServices;

/**
 * A school team's screen: choose one of the site's schools the user may view
 * and see who mentors it (mentor school, curator, teacher mentors), for which
 * period, and the support plan of each open assignment.
 *
 * @author Opora
 */
public class MyMentorDisplayContext extends BaseMentoringDisplayContext {

	public MyMentorDisplayContext(
			RenderRequest renderRequest, RenderResponse renderResponse,
			MentoringServices mentoringServices)
		throws PortalException {

		super(renderRequest, renderResponse, mentoringServices);

		_schoolOptions = names.schoolOptions(
			ParamUtil.getLong(renderRequest, "schoolId"));

		long schoolId = 0;

		for (SelectOption selectOption : _schoolOptions) {
			if (selectOption.isSelected()) {
				schoolId = Long.parseLong(selectOption.getValue());
			}
		}

		if ((schoolId == 0) && !_schoolOptions.isEmpty()) {
			schoolId = Long.parseLong(_schoolOptions.get(0).getValue());
		}

		_schoolId = schoolId;

		if (schoolId == 0) {
			_assignments = Collections.emptyList();

			return;
		}

		_assignments = new ArrayList<>(
			mentoringServices.getMentorAssignmentService(
			).getSupportedSchoolAssignments(
				schoolId, false
			));

		_assignments.sort(
			(a, b) -> Boolean.compare(b.isOpen(), a.isOpen()));

		for (MentorAssignment mentorAssignment : _assignments) {
			if (mentorAssignment.isOpen()) {
				_plans.put(
					mentorAssignment.getMentorAssignmentId(),
					EventRow.of(
						mentoringServices.getSupportEventService(
						).getAssignmentSupportEvents(
							mentorAssignment.getMentorAssignmentId()
						),
						today, getGraceDays()));
			}
		}
	}

	public List<MentorAssignment> getAssignments() {
		return _assignments;
	}

	public List<EventRow> getPlan(MentorAssignment mentorAssignment) {
		return _plans.getOrDefault(
			mentorAssignment.getMentorAssignmentId(),
			Collections.<EventRow>emptyList());
	}

	public long getSchoolId() {
		return _schoolId;
	}

	public String getSchoolName() {
		return names.school(_schoolId);
	}

	public List<SelectOption> getSchoolOptions() {
		return _schoolOptions;
	}

	public String getSelectURL() {
		return PortletURLBuilder.createRenderURL(
			renderResponse
		).setMVCRenderCommandName(
			MentoringWebKeys.MVC_VIEW_MY_MENTOR
		).buildString();
	}

	@Override
	protected String getMVCRenderCommandName() {
		return MentoringWebKeys.MVC_VIEW_MY_MENTOR;
	}

	private final List<MentorAssignment> _assignments;
	private final Map<Long, List<EventRow>> _plans = new HashMap<>();
	private final long _schoolId;
	private final List<SelectOption> _schoolOptions;

}
