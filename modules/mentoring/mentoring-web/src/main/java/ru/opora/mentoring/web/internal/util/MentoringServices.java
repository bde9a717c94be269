package ru.opora.mentoring.web.internal.util;

import com.liferay.document.library.kernel.service.DLAppService;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.service.UserService;
import com.liferay.portal.kernel.util.Portal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.mentoring.constants.MentoringConstants;
import ru.opora.mentoring.model.MentorAssignment;
import ru.opora.mentoring.service.MentorAssignmentHistoryService;
import ru.opora.mentoring.service.MentorAssignmentService;
import ru.opora.portal.feature.OporaFeatureService;
import ru.opora.mentoring.service.SupportEventService;
import ru.opora.schools.service.AssessmentResultService;
import ru.opora.schools.service.SchoolContextService;
import ru.opora.schools.service.SchoolService;

/**
 * The permission-checked services and the permissions the screens of the
 * portlet read, in one component for the render commands.
 *
 * @author Opora
 */
@Component(service = MentoringServices.class)
public class MentoringServices {

	public AssessmentResultService getAssessmentResultService() {
		return _assessmentResultService;
	}

	public DLAppService getDLAppService() {
		return _dlAppService;
	}

	public MentorAssignmentHistoryService getMentorAssignmentHistoryService() {
		return _mentorAssignmentHistoryService;
	}

	public ModelResourcePermission<MentorAssignment>
		getMentorAssignmentModelResourcePermission() {

		return _mentorAssignmentModelResourcePermission;
	}

	public MentorAssignmentService getMentorAssignmentService() {
		return _mentorAssignmentService;
	}

	public OporaFeatureService getOporaFeatureService() {
		return _oporaFeatureService;
	}

	public Portal getPortal() {
		return _portal;
	}

	public PortletResourcePermission getPortletResourcePermission() {
		return _portletResourcePermission;
	}

	public SchoolContextService getSchoolContextService() {
		return _schoolContextService;
	}

	public SchoolService getSchoolService() {
		return _schoolService;
	}

	public SupportEventService getSupportEventService() {
		return _supportEventService;
	}

	public UserService getUserService() {
		return _userService;
	}

	@Reference
	private AssessmentResultService _assessmentResultService;

	@Reference
	private DLAppService _dlAppService;

	@Reference
	private MentorAssignmentHistoryService _mentorAssignmentHistoryService;

	@Reference(
		target = "(model.class.name=ru.opora.mentoring.model.MentorAssignment)"
	)
	private ModelResourcePermission<MentorAssignment>
		_mentorAssignmentModelResourcePermission;

	@Reference
	private MentorAssignmentService _mentorAssignmentService;

	@Reference
	private OporaFeatureService _oporaFeatureService;

	@Reference
	private Portal _portal;

	@Reference(
		target = "(resource.name=" + MentoringConstants.RESOURCE_NAME + ")"
	)
	private PortletResourcePermission _portletResourcePermission;

	@Reference
	private SchoolContextService _schoolContextService;

	@Reference
	private SchoolService _schoolService;

	@Reference
	private SupportEventService _supportEventService;

	@Reference
	private UserService _userService;

}
