package ru.opora.schools.web.internal.display.context;

import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.Portal;

import java.text.Collator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import ru.opora.domain.identification.GroupChange;
import ru.opora.domain.identification.IdentificationRules;
import ru.opora.domain.identification.SchoolIdentifier;
import ru.opora.domain.validation.Violation;

import ru.opora.schools.web.internal.constants.SchoolsWebKeys;

/**
 * The identification thresholds with a form to try other values: the
 * what-if lists every school and year whose groups the edited thresholds
 * would change, computed over the site's schools. Nothing is saved: storing
 * thresholds per municipality comes with the municipality settings. The
 * current rules are the site's (Site Settings > Opora), as the list uses them.
 *
 * @author Opora
 */
public class IdentificationRulesDisplayContext
	extends BaseSchoolsDisplayContext {

	/** Render parameter set by the form: the values are the user's, not the current rules. */
	public static final String PARAMETER_WHAT_IF = "whatIf";

	public IdentificationRulesDisplayContext(
		RenderRequest renderRequest, RenderResponse renderResponse,
		Portal portal, SiteSchools siteSchools) {

		this(
			renderRequest, renderResponse, portal, siteSchools,
			siteSchools.getRules());
	}

	public IdentificationRulesDisplayContext(
		RenderRequest renderRequest, RenderResponse renderResponse,
		Portal portal, SiteSchools siteSchools,
		IdentificationRules currentRules) {

		super(renderRequest, renderResponse, portal);

		_siteSchools = siteSchools;
		_currentRules = currentRules;
		_submitted = ParamUtil.getBoolean(renderRequest, PARAMETER_WHAT_IF);

		_evaluate();
	}

	public String getActionURL() {
		return PortletURLBuilder.createRenderURL(
			renderResponse
		).setMVCRenderCommandName(
			SchoolsWebKeys.MVC_EDIT_IDENTIFICATION_RULES
		).setRedirect(
			getRedirect()
		).setParameter(
			PARAMETER_WHAT_IF, true
		).buildString();
	}

	/** The what-if changes: school, year, groups now and with the edited rules. */
	public List<ChangeRow> getChangeRows() {
		return _changeRows;
	}

	public IdentificationRules getCurrentRules() {
		return _currentRules;
	}

	/** The edited rules; null when they are not valid. */
	public IdentificationRules getEditedRules() {
		return _editedRules;
	}

	/** The violations of the edited values, field by field. */
	public List<FieldError> getFieldErrors() {
		return _fieldErrors;
	}

	/** The form's fields by section, in order. */
	public Map<String, List<RuleRow>> getSections() {
		Map<String, List<RuleRow>> sections = new LinkedHashMap<>();

		for (RuleField ruleField : RuleField.all()) {
			sections.computeIfAbsent(
				translator.get(ruleField.getSectionKey()),
				key -> new ArrayList<>()
			).add(
				_ruleRow(ruleField)
			);
		}

		return sections;
	}

	/** Where the form posts to store the thresholds as the site's rules. */
	public String getSaveURL() {
		return PortletURLBuilder.createActionURL(
			renderResponse
		).setActionName(
			SchoolsWebKeys.MVC_SAVE_IDENTIFICATION_RULES
		).buildString();
	}

	public String getRedirect() {
		String redirect = ParamUtil.getString(renderRequest, "redirect");

		if (!redirect.isEmpty()) {
			return redirect;
		}

		return PortletURLBuilder.createRenderURL(
			renderResponse
		).setMVCRenderCommandName(
			SchoolsWebKeys.MVC_VIEW_SCHOOLS
		).buildString();
	}

	public String getResetURL() {
		return PortletURLBuilder.createRenderURL(
			renderResponse
		).setMVCRenderCommandName(
			SchoolsWebKeys.MVC_EDIT_IDENTIFICATION_RULES
		).setRedirect(
			getRedirect()
		).buildString();
	}

	/** How many schools would change their groups in at least one year. */
	public int getChangedSchoolsCount() {
		Set<Long> schoolIds = new HashSet<>();

		for (ChangeRow changeRow : _changeRows) {
			schoolIds.add(changeRow.getSchoolId());
		}

		return schoolIds.size();
	}

	public int getSchoolsCount() {
		return _siteSchools.getSchools(
		).size();
	}

	public String getViewSchoolURL(long schoolId) {
		return PortletURLBuilder.createRenderURL(
			renderResponse
		).setMVCRenderCommandName(
			SchoolsWebKeys.MVC_VIEW_SCHOOL
		).setRedirect(
			portal.getCurrentURL(renderRequest)
		).setParameter(
			"schoolId", schoolId
		).buildString();
	}

	public boolean hasErrors() {
		return !_fieldErrors.isEmpty();
	}

	/** Whether the form was sent, so a what-if was computed (or refused). */
	public boolean isSubmitted() {
		return _submitted;
	}

	/** A school and year whose groups change. */
	public static class ChangeRow {

		public ChangeRow(
			long schoolId, String schoolName, int year,
			List<GroupBadge> oldGroups, List<GroupBadge> newGroups) {

			_schoolId = schoolId;
			_schoolName = schoolName;
			_year = year;
			_oldGroups = oldGroups;
			_newGroups = newGroups;
		}

		public List<GroupBadge> getNewGroups() {
			return _newGroups;
		}

		public List<GroupBadge> getOldGroups() {
			return _oldGroups;
		}

		public long getSchoolId() {
			return _schoolId;
		}

		public String getSchoolName() {
			return _schoolName;
		}

		public int getYear() {
			return _year;
		}

		private final List<GroupBadge> _newGroups;
		private final List<GroupBadge> _oldGroups;
		private final long _schoolId;
		private final String _schoolName;
		private final int _year;

	}

	/** One field of the form as it is shown. */
	public static class RuleRow {

		public RuleRow(
			RuleField ruleField, String label, String value,
			String currentValue, String hint, String errorMessage) {

			_ruleField = ruleField;
			_label = label;
			_value = value;
			_currentValue = currentValue;
			_hint = hint;
			_errorMessage = errorMessage;
		}

		/** The value of the current rules, as a hint. */
		public String getCurrentValue() {
			return _currentValue;
		}

		public String getErrorMessage() {
			return _errorMessage;
		}

		/** "Current value: 30", shown under the field. */
		public String getHint() {
			return _hint;
		}

		public String getLabel() {
			return _label;
		}

		public String getParameterName() {
			return _ruleField.getParameterName();
		}

		public String getValue() {
			return _value;
		}

		public String getWrapperCssClass() {
			return (_errorMessage == null) ? "" : "has-error";
		}

		public boolean isBoolean() {
			return RuleField.KIND_BOOLEAN.equals(_ruleField.getKind());
		}

		public boolean isChecked() {
			return Boolean.parseBoolean(_value);
		}

		private final String _currentValue;
		private final String _errorMessage;
		private final String _hint;
		private final String _label;
		private final RuleField _ruleField;
		private final String _value;

	}

	private static String _text(Object value) {
		if (value instanceof Double) {
			double number = (Double)value;

			if (number == Math.rint(number)) {
				return String.valueOf((long)number);
			}
		}

		return String.valueOf(value);
	}

	private void _evaluate() {
		if (!_submitted) {
			_editedRules = _currentRules;
			_changeRows = Collections.emptyList();
			_fieldErrors = Collections.emptyList();

			return;
		}

		RulesForm rulesForm = RulesForm.parse(renderRequest, _currentRules);

		List<Violation> violations = rulesForm.getViolations();
		IdentificationRules editedRules = rulesForm.getRules();

		_fieldErrors = _fieldErrors(violations);

		if (!_fieldErrors.isEmpty()) {
			_editedRules = null;
			_changeRows = Collections.emptyList();

			return;
		}

		_editedRules = editedRules;
		_changeRows = _changeRows(
			SchoolIdentifier.compare(
				_currentRules, editedRules, _siteSchools.getSchoolInputs()));
	}

	private List<ChangeRow> _changeRows(List<GroupChange> groupChanges) {
		List<ChangeRow> changeRows = new ArrayList<>();

		for (GroupChange groupChange : groupChanges) {
			changeRows.add(
				new ChangeRow(
					groupChange.schoolId(), groupChange.schoolName(),
					groupChange.toYear(),
					labels.groupBadges(groupChange.oldGroups()),
					labels.groupBadges(groupChange.newGroups())));
		}

		Collator collator = Collator.getInstance(locale);

		changeRows.sort(
			Comparator.comparing(
				ChangeRow::getYear, Comparator.reverseOrder()
			).thenComparing(
				ChangeRow::getSchoolName, collator
			));

		return Collections.unmodifiableList(changeRows);
	}

	private List<FieldError> _fieldErrors(List<Violation> violations) {
		List<FieldError> fieldErrors = new ArrayList<>();

		for (Violation violation : violations) {
			String parameterName = RulesForm.parameterName(violation.field());

			fieldErrors.add(
				new FieldError(
					parameterName, _label(_ruleField(parameterName)),
					translator.format(
						violation.messageKey(),
						messageArguments.localize(violation.arguments()))));
		}

		return Collections.unmodifiableList(fieldErrors);
	}

	private String _label(RuleField ruleField) {
		if (ruleField == null) {
			return "";
		}

		if (ruleField.getShare() != null) {
			return translator.format(
				ruleField.getLabelKey(),
				new Object[] {
					translator.get("opora-share-" + ruleField.getShare().code())
				});
		}

		return translator.get(ruleField.getLabelKey());
	}

	/** The request parameter of a violation's field (the domain names shares with a dot). */
	private RuleField _ruleField(String parameterName) {
		for (RuleField ruleField : RuleField.all()) {
			if (ruleField.getParameterName().equals(parameterName)) {
				return ruleField;
			}
		}

		return null;
	}

	private RuleRow _ruleRow(RuleField ruleField) {
		String name = ruleField.getParameterName();
		String currentValue = _text(ruleField.valueOf(_currentRules));
		String value = currentValue;

		if (_submitted) {
			value = RuleField.KIND_BOOLEAN.equals(ruleField.getKind()) ?
				String.valueOf(ParamUtil.getBoolean(renderRequest, name)) :
					ParamUtil.getString(renderRequest, name);
		}

		String errorMessage = null;

		for (FieldError fieldError : _fieldErrors) {
			if (fieldError.getField().equals(name)) {
				errorMessage = (errorMessage == null) ?
					fieldError.getMessage() :
						errorMessage + " " + fieldError.getMessage();
			}
		}

		return new RuleRow(
			ruleField, _label(ruleField), value, currentValue,
			translator.format(
				"opora-current-value-x",
				new Object[] {
					RuleField.KIND_BOOLEAN.equals(ruleField.getKind()) ?
						translator.get(
							Boolean.parseBoolean(currentValue) ? "opora-yes" :
								"opora-no") : currentValue
				}),
			errorMessage);
	}

	private List<ChangeRow> _changeRows;
	private final IdentificationRules _currentRules;
	private IdentificationRules _editedRules;
	private List<FieldError> _fieldErrors;
	private final SiteSchools _siteSchools;
	private final boolean _submitted;

}
