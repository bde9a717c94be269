package ru.opora.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;

/** Reads a module's language files (UTF-8, as Liferay does) for the tests that check their keys. */
public final class LanguageFiles {

	/** The properties of the resource on the test class path, e.g. {@code content/Language_ru.properties}. */
	public static Properties load(String name) throws IOException {
		Properties properties = new Properties();

		try (InputStream inputStream = Thread.currentThread().getContextClassLoader().getResourceAsStream(name)) {
			if (inputStream == null) {
				throw new IOException("No " + name + " on the class path");
			}

			properties.load(new InputStreamReader(inputStream, StandardCharsets.UTF_8));
		}

		return properties;
	}

	/** Adds the key to missing unless it is one of the keys. */
	public static void require(Set<String> keys, String key, Set<String> missing) {
		if (!keys.contains(key)) {
			missing.add(key);
		}
	}

	private LanguageFiles() {
	}

}
