package ru.opora.riskprofile.web.internal.display.context;

import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.ResourceBundleUtil;
import com.liferay.portal.kernel.util.WebKeys;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import javax.portlet.PortletRequest;
import javax.portlet.PortletResponse;

import ru.opora.domain.validation.Violation;
import ru.opora.portal.util.UserDates;
import ru.opora.riskprofile.exception.RiskProfileValidationException;
import ru.opora.riskprofile.web.internal.util.RiskServices;

/** What every screen needs: the page, the year, labels, dates and the errors of a rejected form. */
public abstract class BaseRiskDisplayContext {

	public BaseRiskDisplayContext(PortletRequest portletRequest, PortletResponse portletResponse, RiskServices riskServices) {
		this.portletRequest = portletRequest;
		this.portletResponse = portletResponse;
		this.riskServices = riskServices;

		themeDisplay = (ThemeDisplay)portletRequest.getAttribute(WebKeys.THEME_DISPLAY);
		locale = themeDisplay.getLocale();
		resourceBundle = ResourceBundle.getBundle("content.Language", locale, getClass().getClassLoader());
	}

	/** The messages of the rejected form, each with the field it concerns. */
	public List<String> getErrors() {
		RiskProfileValidationException exception = (RiskProfileValidationException)SessionErrors.get(
			portletRequest, RiskProfileValidationException.class);

		List<String> errors = new ArrayList<>();

		if (exception != null) {
			for (Violation violation : exception.getViolations()) {
				errors.add(describe(violation));
			}
		}

		return errors;
	}

	/** A violation in words, with its field. */
	public String describe(Violation violation) {
		return fieldLabel(violation.field()) + ": " + _message(violation);
	}

	public int getYear() {
		return ParamUtil.getInteger(portletRequest, "year", UserDates.today(themeDisplay).getYear());
	}

	public String format(Date date) {
		if (date == null) {
			return "";
		}

		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale).format(
			date.toInstant().atZone(ZoneId.of(themeDisplay.getTimeZone().getID())));
	}

	public String format(LocalDate date) {
		if (date == null) {
			return "";
		}

		return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
	}

	/** A field of a violation in words: {@code measure.2.deadline} is "Measure 2, deadline". */
	public String fieldLabel(String field) {
		String[] parts = field.split("\\.");

		if (parts.length == 3) {
			return ResourceBundleUtil.getString(resourceBundle, "opora-risk-field-" + parts[0] + "-x", parts[1]) +
				", " + label("opora-risk-field-" + parts[2]);
		}

		if (parts.length == 2) {
			return ResourceBundleUtil.getString(resourceBundle, "opora-risk-field-" + parts[0] + "-x", parts[1]);
		}

		return label("opora-risk-field-" + field);
	}

	public String label(String key) {
		return ResourceBundleUtil.getString(resourceBundle, key);
	}

	public String levelLabel(String state) {
		if ((state == null) || state.isEmpty()) {
			return label("opora-risk-level-NOT_ENOUGH_DATA");
		}

		return label("opora-risk-level-" + state);
	}

	public boolean isRussian() {
		return "ru".equals(locale.getLanguage());
	}

	private String _message(Violation violation) {
		Object[] arguments = violation.arguments().toArray();

		return ResourceBundleUtil.getString(resourceBundle, violation.messageKey(), arguments);
	}

	protected final Locale locale;
	protected final PortletRequest portletRequest;
	protected final PortletResponse portletResponse;
	protected final ResourceBundle resourceBundle;
	protected final RiskServices riskServices;
	protected final ThemeDisplay themeDisplay;

}
