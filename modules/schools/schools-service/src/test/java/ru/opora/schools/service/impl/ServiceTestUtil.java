package ru.opora.schools.service.impl;

import java.lang.reflect.Field;

/** Sets the {@code @Reference} fields that OSGi would inject. */
final class ServiceTestUtil {

	static <T> T inject(T target, String fieldName, Object value) {
		for (Class<?> clazz = target.getClass(); clazz != null; clazz = clazz.getSuperclass()) {
			try {
				Field field = clazz.getDeclaredField(fieldName);

				field.setAccessible(true);
				field.set(target, value);

				return target;
			}
			catch (NoSuchFieldException noSuchFieldException) {
				// Declared higher up
			}
			catch (IllegalAccessException illegalAccessException) {
				throw new IllegalStateException(illegalAccessException);
			}
		}

		throw new IllegalArgumentException("No field " + fieldName + " in " + target.getClass());
	}

	private ServiceTestUtil() {
	}

}
