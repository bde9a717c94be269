package ru.opora.library.web.internal.display.context;

import com.liferay.portal.kernel.language.LanguageUtil;
import com.liferay.portal.kernel.util.ResourceBundleUtil;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The portlet's texts in the user's language (content/Language*.properties,
 * the portal's keys as fallback).
 *
 * @author Opora
 */
public interface Translator {

	public static Translator of(Locale locale) {
		ResourceBundle resourceBundle = ResourceBundleUtil.getBundle(
			"content.Language", locale, Translator.class);

		return new Translator() {

			@Override
			public String format(String key, Object... arguments) {
				return LanguageUtil.format(resourceBundle, key, arguments);
			}

			@Override
			public Locale getLocale() {
				return locale;
			}

		};
	}

	public String format(String key, Object... arguments);

	public Locale getLocale();

}
