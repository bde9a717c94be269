package ru.opora.schools.web.internal.display.context;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import ru.opora.domain.identification.Comparison;
import ru.opora.domain.identification.Group;
import ru.opora.domain.identification.Reason;
import ru.opora.domain.identification.ReasonCode;
import ru.opora.domain.school.AssessmentType;
import ru.opora.domain.school.ResultFigures;
import ru.opora.domain.validation.Violation;

import ru.opora.schools.exception.OporaValidationException;

class MessagesTest {

	/** Resolves keys to "[key]" and formats as "[key|arg|arg]". */
	static final Translator TRANSLATOR = new Translator() {

		@Override
		public String format(String key, Object[] arguments) {
			StringBuilder sb = new StringBuilder("[" + key);

			for (Object argument : arguments) {
				sb.append('|');
				sb.append(argument);
			}

			return sb.append(']').toString();
		}

		@Override
		public String get(String key) {
			return "[" + key + "]";
		}

	};

	@Test
	void reasonArgumentsAreLocalised() {
		Reason reason = Reason.ofResult(
			ReasonCode.LOW_QUALITY_GAP, Group.LOW_RESULTS,
			new ResultFigures(AssessmentType.VPR, 2024, 5, "Математика", 20, 4, 8, 6, 2, null, null), 21.666667,
			Comparison.GREATER, 20, 40.0, 61.666667);

		assertArrayEquals(
			new Object[] {"[opora-assessment-vpr]", "5", "Математика", "21,7", ">", "20", "40", "61,7"},
			_messageArguments().localize(reason.arguments()));
	}

	@Test
	void codesInsideListsAreLocalisedToo() {
		Reason note = Reason.note(ReasonCode.PRECEDENCE, 2024, "risk-zone", "low-results");

		assertEquals(
			Arrays.asList("[opora-group-risk-zone]", "[opora-group-low-results]"),
			Arrays.asList(_messageArguments().localize(note.extras())));
		assertEquals(
			"[opora-share-single-parent], [opora-share-non-native-russian], unknown-code",
			_messageArguments().localize(List.of("single-parent, non-native-russian, unknown-code"))[0]);
		assertEquals("[opora-level-basic]", _messageArguments().localize(List.of("basic"))[0]);
	}

	@Test
	void formErrorsNameEachFieldWithItsLocalisedMessage() {
		FormErrors formErrors = new FormErrors(
			new OporaValidationException(
				List.of(
					Violation.of("name", "required"), Violation.of("distanceToCentreKm", "out-of-range", 0, 3000.0),
					Violation.of("marks", "marks-sum-mismatch", 19, 20))),
			_messageArguments(), TRANSLATOR);

		assertTrue(formErrors.hasErrors());
		assertEquals(3, formErrors.getFieldErrors().size());

		FieldError fieldError = formErrors.getFieldErrors().get(1);

		assertEquals("distanceToCentreKm", fieldError.getField());
		assertEquals("[opora-field-distance-to-centre-km]", fieldError.getLabel());
		assertEquals("[opora-error-out-of-range|0|3000]", fieldError.getMessage());
		assertEquals("[opora-field-distance-to-centre-km]: [opora-error-out-of-range|0|3000]", fieldError.getText());
		assertEquals("has-error", formErrors.getWrapperCssClass("name"));
		assertEquals("has-error", formErrors.getWrapperCssClass("marks3"));
		assertEquals("", formErrors.getWrapperCssClass("address"));
		assertFalse(new FormErrors(null, _messageArguments(), TRANSLATOR).hasErrors());
	}

	@Test
	void fieldLabelKeysAreKebabCase() {
		assertEquals("opora-field-share-teachers-aged-65plus", FormErrors.fieldLabelKey("shareTeachersAged65Plus"));
		assertEquals("opora-field-marks-2", FormErrors.fieldLabelKey("marks2"));
		assertEquals("opora-field-branch-of-school-id", FormErrors.fieldLabelKey("branchOfSchoolId"));
	}

	@Test
	void groupsHaveClayDisplayTypes() {
		assertEquals("danger", GroupBadge.displayType(Group.LOW_RESULTS));
		assertEquals("warning", GroupBadge.displayType(Group.UNFAVOURABLE_CONDITIONS));
		assertEquals("success", GroupBadge.displayType(Group.RESILIENT));
		assertEquals("secondary", GroupBadge.displayType(Group.NONE));
	}

	private static MessageArguments _messageArguments() {
		return new MessageArguments(new Figures(new Locale("ru")), TRANSLATOR);
	}

}
