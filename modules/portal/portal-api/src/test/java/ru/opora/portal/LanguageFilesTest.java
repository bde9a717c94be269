package ru.opora.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import aQute.bnd.annotation.metatype.Meta;

import java.io.IOException;
import java.lang.reflect.Method;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import ru.opora.portal.configuration.OporaCompanyConfiguration;
import ru.opora.portal.configuration.OporaSiteConfiguration;
import ru.opora.portal.feature.FeatureAvailability;
import ru.opora.portal.feature.FeatureState;
import ru.opora.portal.feature.OporaFeature;
import ru.opora.testing.LanguageFiles;

/**
 * Russian and English have the same keys, and every key the configurations
 * (names, descriptions, option labels) and the features use is there.
 */
class LanguageFilesTest {

	@Test
	void everyUsedKeyExists() throws IOException {
		Set<String> used = new TreeSet<>();

		used.add("category.opora");
		used.add(FeatureAvailability.MESSAGE_KEY);
		used.add(FeatureAvailability.HELP_KEY);

		for (Class<?> configuration : new Class<?>[] {OporaCompanyConfiguration.class, OporaSiteConfiguration.class}) {
			used.add(configuration.getAnnotation(Meta.OCD.class).name());

			for (Method method : configuration.getMethods()) {
				Meta.AD ad = method.getAnnotation(Meta.AD.class);

				used.add(ad.name());

				if (!ad.description().equals(Meta.NULL)) {
					used.add(ad.description());
				}

				for (String optionLabel : ad.optionLabels()) {
					if (!optionLabel.equals(Meta.NULL)) {
						used.add(optionLabel);
					}
				}
			}
		}

		for (OporaFeature feature : OporaFeature.values()) {
			used.add(feature.getLabelKey());
		}

		for (FeatureState state : FeatureState.values()) {
			used.add("opora-feature-state-" + state.getKey());
		}

		Set<String> missing = new TreeSet<>(used);

		missing.removeAll(LanguageFiles.load("content/Language.properties").stringPropertyNames());

		assertEquals(Set.of(), missing);
	}

	@Test
	void russianAndEnglishHaveTheSameKeys() throws IOException {
		Properties english = LanguageFiles.load("content/Language.properties");
		Properties russian = LanguageFiles.load("content/Language_ru.properties");

		assertEquals(english.stringPropertyNames(), russian.stringPropertyNames());

		for (String key : russian.stringPropertyNames()) {
			assertFalse(russian.getProperty(key).isBlank(), key);
		}
	}

	@Test
	void siteStatesAreTheOptionValues() throws NoSuchMethodException {
		Meta.AD ad = OporaSiteConfiguration.class.getMethod("schools").getAnnotation(Meta.AD.class);
		Set<String> keys = new TreeSet<>();

		for (FeatureState state : FeatureState.values()) {
			keys.add(state.getKey());
		}

		assertEquals(keys, new TreeSet<>(Set.of(ad.optionValues())));
		assertEquals(FeatureState.INHERIT, FeatureState.parse(ad.deflt()));
	}

}
