package ru.opora.domain.library;

import java.util.Locale;

/** What a methodological material is. The code is its key in forms, categories and metadata. */
public enum MaterialType {

	LESSON_PLAN("lesson-plan", "Конспект урока", "Lesson plan"),
	TEST("test", "Тест", "Test"),
	PRESENTATION("presentation", "Презентация", "Presentation"),
	PROGRAMME("programme", "Программа", "Programme"),
	VIDEO("video", "Видео", "Video");

	/** The type of a code, or {@code null}. */
	public static MaterialType fromCode(String code) {
		if (code == null) {
			return null;
		}

		String trimmed = code.trim().toLowerCase(Locale.ROOT);

		for (MaterialType type : values()) {
			if (type._code.equals(trimmed)) {
				return type;
			}
		}

		return null;
	}

	public String code() {
		return _code;
	}

	public String englishName() {
		return _englishName;
	}

	public String russianName() {
		return _russianName;
	}

	private MaterialType(String code, String russianName, String englishName) {
		_code = code;
		_russianName = russianName;
		_englishName = englishName;
	}

	private final String _code;
	private final String _englishName;
	private final String _russianName;

}
