package ru.opora.testing;

import java.lang.reflect.Field;

/** Sets the injected ({@code @Reference}) fields of a component, as the OSGi runtime would. */
public final class Fields {

	/** Sets the field {@code name} declared by the target's class or one of its superclasses; returns the target. */
	public static <T> T set(T target, String name, Object value) {
		for (Class<?> clazz = target.getClass(); clazz != null; clazz = clazz.getSuperclass()) {
			try {
				Field field = clazz.getDeclaredField(name);

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

		throw new IllegalArgumentException("No field " + name + " in " + target.getClass());
	}

	private Fields() {
	}

}
