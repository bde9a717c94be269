package ru.opora.cooperation.service.impl;

import java.lang.reflect.Field;

/** Sets the injected fields of a service impl, as the OSGi runtime would. */
final class Fields {

	static <T> T set(T target, String name, Object value) {
		for (Class<?> clazz = target.getClass(); clazz != null; clazz = clazz.getSuperclass()) {
			try {
				Field field = clazz.getDeclaredField(name);

				field.setAccessible(true);
				field.set(target, value);

				return target;
			}
			catch (NoSuchFieldException noSuchFieldException) {
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
