package ru.opora.mentoring.web.internal.display.context;

import com.liferay.portal.kernel.language.LanguageUtil;

import javax.servlet.http.HttpServletRequest;

/**
 * Resolves keys through the portlet's resource bundle
 * (content/Language*.properties) for the request's locale.
 *
 * @author Opora
 */
public class LanguageTranslator implements Translator {

	public LanguageTranslator(HttpServletRequest httpServletRequest) {
		_httpServletRequest = httpServletRequest;
	}

	@Override
	public String format(String key, Object[] arguments) {
		return LanguageUtil.format(_httpServletRequest, key, arguments, false);
	}

	@Override
	public String get(String key) {
		return LanguageUtil.get(_httpServletRequest, key);
	}

	private final HttpServletRequest _httpServletRequest;

}
