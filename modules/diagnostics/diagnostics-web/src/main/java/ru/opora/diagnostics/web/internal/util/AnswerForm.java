package ru.opora.diagnostics.web.internal.util;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import ru.opora.diagnostics.model.ItemView;
import ru.opora.domain.diagnostics.ItemType;

/**
 * The answers of a page of items from request parameters, in the stored form
 * of {@link ItemType}: {@code answer_<code>} (one radio value, checkbox
 * values, or text); for matching items {@code answer_<code>_<left>} per left
 * item. Items whose parameters are absent (not on the page) are left out.
 */
public final class AnswerForm {

	public static String parameterName(String itemCode) {
		return "answer_" + itemCode;
	}

	public static String parameterName(String itemCode, int left) {
		return "answer_" + itemCode + "_" + left;
	}

	/**
	 * @param values parameter name → values (empty array when absent)
	 * @param present whether the page showed the item (hidden marker {@code shown_<code>})
	 */
	public static Map<String, String> read(
		List<ItemView> items, Function<String, String[]> parameterValues, Function<String, Boolean> present) {

		Map<String, String> answers = new LinkedHashMap<>();
		Function<String, String[]> values = name -> {
			String[] found = parameterValues.apply(name);

			return (found == null) ? new String[0] : found;
		};

		for (ItemView item : items) {
			String code = item.getCode();

			if (!Boolean.TRUE.equals(present.apply("shown_" + code))) {
				continue;
			}

			ItemType type = ItemType.ofCode(item.getItemType());

			if (type == ItemType.MATCHING) {
				List<String> pairs = new ArrayList<>();

				for (int left = 1; left <= item.getOptions().size(); left++) {
					String[] right = values.apply(parameterName(code, left));

					if ((right.length > 0) && right[0].matches("\\d{1,3}")) {
						pairs.add(left + "-" + right[0]);
					}
				}

				answers.put(code, String.join(";", pairs));
			}
			else if (type == ItemType.MULTIPLE_CHOICE) {
				List<String> chosen = new ArrayList<>();

				for (String value : values.apply(parameterName(code))) {
					if (value.matches("\\d{1,3}")) {
						chosen.add(value);
					}
				}

				answers.put(code, String.join(";", chosen));
			}
			else {
				String[] value = values.apply(parameterName(code));

				answers.put(code, (value.length > 0) ? value[0].trim() : "");
			}
		}

		return answers;
	}

	private AnswerForm() {
	}

}
