package ru.opora.domain.cooperation;

import java.util.Optional;

/** What a party provides for the joint work. */
public enum ResourceType {

	ROOM, EQUIPMENT, GROWTH_POINT_LAB, TEACHER, TRANSPORT;

	public static Optional<ResourceType> parse(String code) {
		return CooperationCodes.parse(ResourceType.class, code);
	}

	public String code() {
		return CooperationCodes.code(this);
	}

	public String labelKey() {
		return "opora-resource-type-" + code();
	}

}
