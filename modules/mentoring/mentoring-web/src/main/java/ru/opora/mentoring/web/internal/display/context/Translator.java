package ru.opora.mentoring.web.internal.display.context;

/**
 * Looks up the portlet's language keys; the portal implementation is
 * {@link LanguageTranslator}.
 *
 * @author Opora
 */
public interface Translator {

	public String format(String key, Object[] arguments);

	public String get(String key);

}
