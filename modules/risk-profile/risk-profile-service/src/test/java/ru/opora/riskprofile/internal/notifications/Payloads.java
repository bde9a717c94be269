package ru.opora.riskprofile.internal.notifications;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.json.JSONFactory;
import com.liferay.portal.kernel.json.JSONObject;

import java.lang.reflect.Field;
import java.util.LinkedHashMap;
import java.util.Map;

import org.mockito.Mockito;

/**
 * Payloads without the portal's JSON implementation (it needs libraries that
 * release.portal.api does not carry): map-backed JSON objects, and a factory
 * that returns them, each string payload standing for a prepared map.
 */
final class Payloads {

	/** A factory whose empty objects keep what is put, and which parses the given payloads to their values. */
	static JSONFactory jsonFactory(Map<String, Map<String, Object>> payloads) throws Exception {
		JSONFactory jsonFactory = mock(JSONFactory.class);

		when(jsonFactory.createJSONObject()).thenAnswer(invocation -> jsonObject(new LinkedHashMap<>()));
		when(jsonFactory.createJSONObject(anyString())).thenAnswer(
			invocation -> jsonObject(payloads.getOrDefault(invocation.getArgument(0), Map.of())));

		return jsonFactory;
	}

	static JSONObject jsonObject(Map<String, Object> values) {
		return Mockito.mock(
			JSONObject.class,
			invocation -> {
				String name = invocation.getMethod().getName();
				Object[] arguments = invocation.getArguments();

				if (name.equals("put")) {
					values.put((String)arguments[0], arguments[1]);

					return invocation.getMock();
				}

				if (name.equals("toString")) {
					return values.toString();
				}

				Object value = (arguments.length > 0) ? values.get(arguments[0]) : null;

				if (name.equals("has")) {
					return value != null;
				}

				if (name.equals("getString")) {
					return (value == null) ? "" : String.valueOf(value);
				}

				if (name.equals("getInt")) {
					return (value == null) ? 0 : ((Number)value).intValue();
				}

				if (name.equals("getLong")) {
					return (value == null) ? 0L : ((Number)value).longValue();
				}

				return Mockito.RETURNS_DEFAULTS.answer(invocation);
			});
	}

	/** Sets an injected field, as the OSGi runtime would. */
	static <T> T set(T target, String name, Object value) throws Exception {
		Field field = target.getClass().getDeclaredField(name);

		field.setAccessible(true);
		field.set(target, value);

		return target;
	}

	private Payloads() {
	}

}
