package ru.opora.schools.web.internal.display.context;

import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.util.WebKeys;

import java.util.Locale;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import ru.opora.schools.exception.OporaValidationException;

/**
 * What every screen of the schools portlet needs: the request, the theme
 * display, localisation and number formats.
 *
 * @author Opora
 */
public abstract class BaseSchoolsDisplayContext {

	public BaseSchoolsDisplayContext(
		RenderRequest renderRequest, RenderResponse renderResponse,
		Portal portal) {

		this.renderRequest = renderRequest;
		this.renderResponse = renderResponse;
		this.portal = portal;

		themeDisplay = (ThemeDisplay)renderRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		Locale locale = (themeDisplay == null) ? null : themeDisplay.getLocale();

		if (locale == null) {
			locale = Locale.getDefault();
		}

		this.locale = locale;

		translator = new LanguageTranslator(
			portal.getHttpServletRequest(renderRequest));
		figures = new Figures(locale);
		labels = new Labels(translator);
		messageArguments = new MessageArguments(figures, translator);
	}

	public Figures getFigures() {
		return figures;
	}

	/** The violations of the last rejected form of this portlet, if any. */
	public FormErrors getFormErrors() {
		if (_formErrors == null) {
			_formErrors = new FormErrors(
				(OporaValidationException)SessionErrors.get(
					renderRequest, OporaValidationException.class.getName()),
				messageArguments, translator);
		}

		return _formErrors;
	}

	public Labels getLabels() {
		return labels;
	}

	protected final Figures figures;
	protected final Labels labels;
	protected final Locale locale;
	protected final MessageArguments messageArguments;
	protected final Portal portal;
	protected final RenderRequest renderRequest;
	protected final RenderResponse renderResponse;
	protected final ThemeDisplay themeDisplay;
	protected final Translator translator;

	private FormErrors _formErrors;

}
