package ru.opora.cooperation.internal.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import ru.opora.domain.cooperation.ExpiryAlert;

/** The notifications' texts exist in English and Russian, one per alert. */
class LanguageFilesTest {

	@Test
	void englishAndRussianHaveTheSameKeysAndEveryAlertHasItsText() throws IOException {
		Properties english = _load("content/Language.properties");
		Properties russian = _load("content/Language_ru.properties");

		assertEquals(english.stringPropertyNames(), russian.stringPropertyNames());

		for (ExpiryAlert alert : ExpiryAlert.values()) {
			assertTrue(
				english.containsKey("opora-cooperation-notification-expiry-" + alert.code()), alert.code());
		}

		for (String type : new String[] {"submitted", "approved", "signed", "expiry-alert"}) {
			assertTrue(english.containsKey("opora-cooperation-notification-setting-" + type), type);
		}

		assertEquals("Договор № {0} подписан.", russian.getProperty("opora-cooperation-notification-signed"));
	}

	private static Properties _load(String name) throws IOException {
		Properties properties = new Properties();

		try (InputStream inputStream = LanguageFilesTest.class.getClassLoader().getResourceAsStream(name)) {
			properties.load(new InputStreamReader(inputStream, StandardCharsets.UTF_8));
		}

		return properties;
	}

}
