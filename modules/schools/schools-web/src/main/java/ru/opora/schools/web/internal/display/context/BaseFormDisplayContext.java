package ru.opora.schools.web.internal.display.context;

import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.Portal;

import java.util.HashMap;
import java.util.Map;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

/**
 * A form's values: what the user entered when the form comes back rejected
 * (the action copied the parameters), otherwise the stored values.
 *
 * @author Opora
 */
public abstract class BaseFormDisplayContext extends BaseSchoolsDisplayContext {

	public BaseFormDisplayContext(
		RenderRequest renderRequest, RenderResponse renderResponse,
		Portal portal) {

		super(renderRequest, renderResponse, portal);
	}

	public String getRedirect() {
		return ParamUtil.getString(renderRequest, "redirect");
	}

	/** The entered value of a field if the form was submitted, else the stored one. */
	public String getValue(String field) {
		String value = renderRequest.getParameter(field);

		if (value != null) {
			return value;
		}

		return _storedValues().getOrDefault(field, "");
	}

	public boolean isChecked(String field) {
		return Boolean.parseBoolean(getValue(field));
	}

	/** The stored values by field name; numbers as the form shows them. */
	protected abstract Map<String, String> storedValues();

	protected static String text(Number number) {
		if (number == null) {
			return "";
		}

		if ((number instanceof Double) &&
			(number.doubleValue() == Math.rint(number.doubleValue()))) {

			return String.valueOf(number.longValue());
		}

		return String.valueOf(number);
	}

	private Map<String, String> _storedValues() {
		if (_storedValues == null) {
			_storedValues = new HashMap<>(storedValues());
		}

		return _storedValues;
	}

	private Map<String, String> _storedValues;

}
