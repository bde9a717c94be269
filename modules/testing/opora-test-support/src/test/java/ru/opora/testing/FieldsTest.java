package ru.opora.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FieldsTest {

	@Test
	void setsAPrivateFieldOfTheClassOrASuperclass() {
		Component component = new Component();

		assertSame(component, Fields.set(component, "_own", "own"));
		assertSame(component, Fields.set(component, "_inherited", "inherited"));
		assertEquals("own", component._own);
		assertEquals("inherited", component.inherited());
	}

	@Test
	void aMissingFieldIsAnError() {
		IllegalArgumentException exception = assertThrows(
			IllegalArgumentException.class, () -> Fields.set(new Component(), "_missing", "x"));

		assertEquals("No field _missing in " + Component.class, exception.getMessage());
	}

	private static class Base {

		String inherited() {
			return _inherited;
		}

		private String _inherited;

	}

	private static class Component extends Base {

		private String _own;

	}

}
