package ru.opora.schools.importer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ru.opora.domain.school.AssessmentType;
import ru.opora.domain.school.SchoolLevel;
import ru.opora.domain.school.SchoolStatus;
import ru.opora.domain.school.SettlementType;

/**
 * What a column holds. Choice types carry their dictionary: the Russian word
 * first (offered in the template), then English words and other spellings.
 */
public enum ValueType {

	TEXT, INTEGER, DECIMAL,
	YES_NO(
		_entries(
			Boolean.TRUE, "да", "yes", "true", "1", "истина", "y", "д", Boolean.FALSE, "нет", "no", "false", "0",
			"ложь", "n", "н")),
	ASSESSMENT(
		_entries(
			AssessmentType.VPR, "ВПР", "VPR", AssessmentType.OGE, "ОГЭ", "OGE", AssessmentType.EGE, "ЕГЭ", "EGE",
			"USE", AssessmentType.OTHER, "другое", "other", "другая", "прочее")),
	LEVEL(
		_entries(
			SchoolLevel.PRIMARY, "начальная", "primary", "НОШ", SchoolLevel.BASIC, "основная", "basic", "ООШ",
			SchoolLevel.SECONDARY, "средняя", "secondary", "СОШ")),
	SETTLEMENT(
		_entries(
			SettlementType.URBAN, "город", "urban", "городская", "городской", SettlementType.RURAL, "село",
			"rural", "сельская", "сельский")),
	STATUS(
		_entries(
			SchoolStatus.ACTIVE, "действующая", "active", "действует", SchoolStatus.REORGANISED,
			"реорганизована", "reorganised", "reorganized", SchoolStatus.CLOSED, "закрыта", "closed"));

	public boolean isChoice() {
		return !_words.isEmpty();
	}

	/** The value a word stands for, or null if the word is not in the dictionary. */
	public Object parse(String word) {
		return _words.get(Names.normalize(word));
	}

	/** The Russian words, one per value (for template drop-down lists and messages). */
	public List<String> russianWords() {
		return _russianWords;
	}

	/** The Russian word of a value. */
	public String russianWord(Object value) {
		int i = 0;

		for (Object known : _values) {
			if (known.equals(value)) {
				return _russianWords.get(i);
			}

			i++;
		}

		return String.valueOf(value);
	}

	private static Object[] _entries(Object... entries) {
		return entries;
	}

	private ValueType() {
		this(new Object[0]);
	}

	private ValueType(Object[] entries) {
		Map<String, Object> words = new LinkedHashMap<>();
		List<String> russianWords = new ArrayList<>();
		List<Object> values = new ArrayList<>();
		Object value = null;

		for (Object entry : entries) {
			if (!(entry instanceof String)) {
				value = entry;
				values.add(value);

				continue;
			}

			if (russianWords.size() < values.size()) {
				russianWords.add((String)entry);
			}

			words.put(Names.normalize((String)entry), value);

			if (value instanceof Enum) {
				words.put(Names.normalize(((Enum<?>)value).name()), value);
			}
		}

		_words = Collections.unmodifiableMap(words);
		_russianWords = Collections.unmodifiableList(russianWords);
		_values = Collections.unmodifiableList(values);
	}

	private final List<String> _russianWords;
	private final List<Object> _values;
	private final Map<String, Object> _words;

}
