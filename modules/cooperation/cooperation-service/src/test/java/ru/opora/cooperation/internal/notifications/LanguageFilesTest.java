package ru.opora.cooperation.internal.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import ru.opora.domain.cooperation.ExpiryAlert;
import ru.opora.testing.LanguageFiles;

/** The notifications' texts exist in English and Russian, one per alert. */
class LanguageFilesTest {

	@Test
	void englishAndRussianHaveTheSameKeysAndEveryAlertHasItsText() throws IOException {
		Properties english = LanguageFiles.load("content/Language.properties");
		Properties russian = LanguageFiles.load("content/Language_ru.properties");

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

}
