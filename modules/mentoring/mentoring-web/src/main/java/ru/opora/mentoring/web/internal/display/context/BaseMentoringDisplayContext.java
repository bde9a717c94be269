package ru.opora.mentoring.web.internal.display.context;

import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.WebKeys;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import ru.opora.domain.mentoring.assignment.AssignmentKind;
import ru.opora.mentoring.constants.MentoringActionKeys;
import ru.opora.mentoring.constants.MentoringConstants;
import ru.opora.mentoring.exception.MentoringValidationException;
import ru.opora.mentoring.model.MentorAssignment;
import ru.opora.mentoring.web.internal.constants.MentoringWebKeys;
import ru.opora.mentoring.web.internal.util.MentoringServices;
import ru.opora.portal.util.UserDates;

/**
 * What every screen of the mentoring portlet needs: the request, the site
 * (the page's scope group), localisation, names, today, the coordinator's
 * permissions and the navigation.
 *
 * @author Opora
 */
public abstract class BaseMentoringDisplayContext {

	public BaseMentoringDisplayContext(
		RenderRequest renderRequest, RenderResponse renderResponse,
		MentoringServices mentoringServices) {

		this.renderRequest = renderRequest;
		this.renderResponse = renderResponse;
		this.mentoringServices = mentoringServices;

		themeDisplay = (ThemeDisplay)renderRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		Locale locale = (themeDisplay == null) ? null : themeDisplay.getLocale();

		if (locale == null) {
			locale = Locale.getDefault();
		}

		this.locale = locale;

		groupId = themeDisplay.getScopeGroupId();
		today = UserDates.today(themeDisplay);
		translator = new LanguageTranslator(
			mentoringServices.getPortal(
			).getHttpServletRequest(
				renderRequest
			));
		figures = new Figures(locale);
		dates = new Dates(locale);
		messageArguments = new MessageArguments(figures, dates, translator);
		labels = new Labels(translator, messageArguments);
		names = new Names(
			groupId, mentoringServices.getSchoolService(),
			mentoringServices.getUserService(), translator);
	}

	/** Who mentors: the mentor school, the curator or the teacher. */
	public String getAssignmentMentor(MentorAssignment mentorAssignment) {
		AssignmentKind kind = mentorAssignment.getAssignmentKind();

		if (kind == AssignmentKind.CURATOR) {
			String curator = names.user(mentorAssignment.getCuratorUserId());

			if (mentorAssignment.getMentorSchoolId() > 0) {
				return curator + " (" +
					names.school(mentorAssignment.getMentorSchoolId()) + ")";
			}

			return curator;
		}

		if (kind == AssignmentKind.TEACHER_MENTOR) {
			return names.user(mentorAssignment.getTeacherMentorUserId()) +
				" \u2192 " + names.user(mentorAssignment.getMenteeUserId());
		}

		return names.school(mentorAssignment.getMentorSchoolId());
	}

	public String getAssignmentPeriod(MentorAssignment mentorAssignment) {
		LocalDate endDate = mentorAssignment.getEndLocalDate();

		return dates.format(mentorAssignment.getStartLocalDate()) + " \u2013 " +
			((endDate == null) ? translator.get("opora-mentoring-open-end") :
				dates.format(endDate));
	}

	/** A moment (history) in the user's time zone and format. */
	public String formatDateTime(Date date) {
		if (date == null) {
			return Figures.UNKNOWN;
		}

		TimeZone timeZone = themeDisplay.getTimeZone();

		return DateTimeFormatter.ofLocalizedDateTime(
			FormatStyle.MEDIUM, FormatStyle.SHORT
		).withLocale(
			locale
		).withZone(
			(timeZone == null) ? ZoneOffset.UTC : timeZone.toZoneId()
		).format(
			date.toInstant()
		);
	}

	public Dates getDates() {
		return dates;
	}

	public Figures getFigures() {
		return figures;
	}

	/** The violations of the last rejected form of this portlet, if any. */
	public FormErrors getFormErrors() {
		if (_formErrors == null) {
			_formErrors = new FormErrors(
				(MentoringValidationException)SessionErrors.get(
					renderRequest,
					MentoringValidationException.class.getName()),
				messageArguments, translator);
		}

		return _formErrors;
	}

	public int getGraceDays() {
		return MentoringConstants.DEFAULT_GRACE_DAYS;
	}

	public Labels getLabels() {
		return labels;
	}

	public Names getNames() {
		return names;
	}

	/** The tabs this user has: coordinators all, others their own. */
	public List<Tab> getTabs() {
		List<Tab> tabs = new ArrayList<>();

		if (isCoordinator()) {
			tabs.add(
				_tab(
					"opora-mentoring-assignments",
					MentoringWebKeys.MVC_VIEW_ASSIGNMENTS));
		}

		if (isSuggestionManager()) {
			tabs.add(
				_tab(
					"opora-mentoring-suggestions",
					MentoringWebKeys.MVC_VIEW_SUGGESTIONS));
		}

		tabs.add(
			_tab(
				"opora-mentoring-my-schools",
				MentoringWebKeys.MVC_VIEW_MY_SCHOOLS));
		tabs.add(
			_tab(
				"opora-mentoring-my-mentor",
				MentoringWebKeys.MVC_VIEW_MY_MENTOR));

		return tabs;
	}

	public LocalDate getToday() {
		return today;
	}

	public String getViewAssignmentURL(MentorAssignment mentorAssignment) {
		return PortletURLBuilder.createRenderURL(
			renderResponse
		).setMVCRenderCommandName(
			MentoringWebKeys.MVC_VIEW_ASSIGNMENT
		).setRedirect(
			getCurrentURL()
		).setParameter(
			"mentorAssignmentId", mentorAssignment.getMentorAssignmentId()
		).buildString();
	}

	/** May add, activate, finish and cancel assignments in this site. */
	public boolean isCoordinator() {
		if (_coordinator == null) {
			_coordinator = _contains(MentoringActionKeys.ADD_ASSIGNMENT);
		}

		return _coordinator;
	}

	/** May compute and accept suggestions in this site. */
	public boolean isSuggestionManager() {
		if (_suggestionManager == null) {
			_suggestionManager = _contains(
				MentoringActionKeys.MANAGE_SUGGESTIONS);
		}

		return _suggestionManager;
	}

	protected String getCurrentURL() {
		return mentoringServices.getPortal(
		).getCurrentURL(
			renderRequest
		);
	}

	/** The command this screen was rendered for (for the active tab). */
	protected abstract String getMVCRenderCommandName();

	protected PermissionChecker getPermissionChecker() {
		return themeDisplay.getPermissionChecker();
	}

	protected final Dates dates;
	protected final Figures figures;
	protected final long groupId;
	protected final Labels labels;
	protected final Locale locale;
	protected final MentoringServices mentoringServices;
	protected final MessageArguments messageArguments;
	protected final Names names;
	protected final RenderRequest renderRequest;
	protected final RenderResponse renderResponse;
	protected final ThemeDisplay themeDisplay;
	protected final LocalDate today;
	protected final Translator translator;

	private boolean _contains(String actionId) {
		try {
			return mentoringServices.getPortletResourcePermission(
			).contains(
				getPermissionChecker(), groupId, actionId
			);
		}
		catch (Exception exception) {
			return false;
		}
	}

	private Tab _tab(String key, String mvcRenderCommandName) {
		return new Tab(
			translator.get(key),
			PortletURLBuilder.createRenderURL(
				renderResponse
			).setMVCRenderCommandName(
				mvcRenderCommandName
			).buildString(),
			mvcRenderCommandName.equals(getMVCRenderCommandName()));
	}

	private Boolean _coordinator;
	private FormErrors _formErrors;
	private Boolean _suggestionManager;

}
