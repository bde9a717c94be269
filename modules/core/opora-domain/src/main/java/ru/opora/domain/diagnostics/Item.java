package ru.opora.domain.diagnostics;

import java.util.List;
import java.util.Map;
import java.util.Set;

import ru.opora.domain.validation.Violation;
import ru.opora.domain.validation.Violations;

/**
 * One bank item: a question on one competence with its scoring key and a
 * weight (the points a fully correct answer earns). For matching items
 * {@code options} is the left column and {@code matches} the right one.
 */
public final class Item {

	public static final int MAX_OPTIONS = 10;

	public static final int MAX_WEIGHT = 10;

	public Item(
		String code, String competenceCode, ItemType type, String text, List<String> options, List<String> matches,
		String key, int weight) {

		_code = code;
		_competenceCode = competenceCode;
		_type = type;
		_text = text;
		_options = (options == null) ? List.of() : List.copyOf(options);
		_matches = (matches == null) ? List.of() : List.copyOf(matches);
		_key = key;
		_weight = weight;
	}

	public String code() {
		return _code;
	}

	public String competenceCode() {
		return _competenceCode;
	}

	public ItemType type() {
		return _type;
	}

	public String text() {
		return _text;
	}

	public List<String> options() {
		return _options;
	}

	public List<String> matches() {
		return _matches;
	}

	public String key() {
		return _key;
	}

	public int weight() {
		return _weight;
	}

	/** Every broken rule: code, text, type, options and a key that fits them, weight 1..10. */
	public List<Violation> validate() {
		Violations violations = new Violations();

		violations.requireText(_code, 75, "code");
		violations.require((_code == null) || _code.matches("[A-Za-z0-9._-]*"), "code", "diagnostics-code-format");
		violations.requireText(_competenceCode, 75, "competenceCode");
		violations.requireText(_text, 4000, "text");
		violations.require((_weight >= 1) && (_weight <= MAX_WEIGHT), "weight", "out-of-range", 1, MAX_WEIGHT);

		if (_type == null) {
			return violations.add("type", "required").list();
		}

		if ((_key == null) || _key.isBlank()) {
			return violations.add("key", "required").list();
		}

		if (_type == ItemType.SHORT_ANSWER) {
			violations.require(!AnswerText.accepted(_key).isEmpty(), "key", "required");

			return violations.list();
		}

		violations.require(
			(_options.size() >= 2) && (_options.size() <= MAX_OPTIONS), "options", "diagnostics-options-count", 2,
			MAX_OPTIONS);

		if (_type == ItemType.MATCHING) {
			_validateMatchingKey(violations);
		}
		else {
			_validateChoiceKey(violations);
		}

		return violations.list();
	}

	private void _validateChoiceKey(Violations violations) {
		Set<Integer> correct = AnswerText.numbers(_key);

		if ((correct == null) || correct.isEmpty()) {
			violations.add("key", "diagnostics-key-format", _key);

			return;
		}

		for (Integer number : correct) {
			violations.require(number <= _options.size(), "key", "diagnostics-key-option", number);
		}

		violations.require(
			(_type != ItemType.SINGLE_CHOICE) || (correct.size() == 1), "key", "diagnostics-key-single", _key);
	}

	private void _validateMatchingKey(Violations violations) {
		violations.require(
			(_matches.size() >= 2) && (_matches.size() <= MAX_OPTIONS), "matches", "diagnostics-options-count", 2,
			MAX_OPTIONS);

		Map<Integer, Integer> pairs = AnswerText.pairs(_key);

		if ((pairs == null) || (pairs.size() != _options.size())) {
			violations.add("key", "diagnostics-key-format", _key);

			return;
		}

		for (Map.Entry<Integer, Integer> pair : pairs.entrySet()) {
			violations.require(pair.getKey() <= _options.size(), "key", "diagnostics-key-option", pair.getKey());
			violations.require(pair.getValue() <= _matches.size(), "key", "diagnostics-key-option", pair.getValue());
		}
	}

	private final String _code;
	private final String _competenceCode;
	private final String _key;
	private final List<String> _matches;
	private final List<String> _options;
	private final String _text;
	private final ItemType _type;
	private final int _weight;

}
