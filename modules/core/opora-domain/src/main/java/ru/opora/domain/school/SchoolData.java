package ru.opora.domain.school;

import ru.opora.domain.validation.Violations;

/**
 * What a user enters about a school. The federal login (ФИС ОКО) is the
 * school's key in imports and is required. {@code schoolId} is 0 for a new school;
 * {@code branchOfSchoolId} is 0 unless the school is a branch (филиал).
 */
public final class SchoolData {

	public SchoolData(
		long schoolId, String name, String shortName, String address, SettlementType settlementType, SchoolLevel level, boolean smallSchool, long branchOfSchoolId, Double distanceToCentreKm, String headName, String phone, String email, String federalLogin, SchoolStatus status) {

		this.schoolId = schoolId;
		this.name = name;
		this.shortName = shortName;
		this.address = address;
		this.settlementType = settlementType;
		this.level = level;
		this.smallSchool = smallSchool;
		this.branchOfSchoolId = branchOfSchoolId;
		this.distanceToCentreKm = distanceToCentreKm;
		this.headName = headName;
		this.phone = phone;
		this.email = email;
		this.federalLogin = federalLogin;
		this.status = status;
	}

	public long schoolId() {
		return schoolId;
	}

	public String name() {
		return name;
	}

	public String shortName() {
		return shortName;
	}

	public String address() {
		return address;
	}

	public SettlementType settlementType() {
		return settlementType;
	}

	public SchoolLevel level() {
		return level;
	}

	public boolean smallSchool() {
		return smallSchool;
	}

	public long branchOfSchoolId() {
		return branchOfSchoolId;
	}

	public Double distanceToCentreKm() {
		return distanceToCentreKm;
	}

	public String headName() {
		return headName;
	}

	public String phone() {
		return phone;
	}

	public String email() {
		return email;
	}

	public String federalLogin() {
		return federalLogin;
	}

	public SchoolStatus status() {
		return status;
	}

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof SchoolData)) {
			return false;
		}

		SchoolData other = (SchoolData)object;

		return java.util.Objects.equals(schoolId, other.schoolId) &&
			java.util.Objects.equals(name, other.name) &&
			java.util.Objects.equals(shortName, other.shortName) &&
			java.util.Objects.equals(address, other.address) &&
			java.util.Objects.equals(settlementType, other.settlementType) &&
			java.util.Objects.equals(level, other.level) &&
			java.util.Objects.equals(smallSchool, other.smallSchool) &&
			java.util.Objects.equals(branchOfSchoolId, other.branchOfSchoolId) &&
			java.util.Objects.equals(distanceToCentreKm, other.distanceToCentreKm) &&
			java.util.Objects.equals(headName, other.headName) &&
			java.util.Objects.equals(phone, other.phone) &&
			java.util.Objects.equals(email, other.email) &&
			java.util.Objects.equals(federalLogin, other.federalLogin) &&
			java.util.Objects.equals(status, other.status);
	}

	@Override
	public int hashCode() {
		return java.util.Objects.hash(schoolId, name, shortName, address, settlementType, level, smallSchool, branchOfSchoolId, distanceToCentreKm, headName, phone, email, federalLogin, status);
	}

	@Override
	public String toString() {
		return "SchoolData[" + "schoolId=" + schoolId + ", " + "name=" + name + ", " + "shortName=" + shortName + ", " + "address=" + address + ", " + "settlementType=" + settlementType + ", " + "level=" + level + ", " + "smallSchool=" + smallSchool + ", " + "branchOfSchoolId=" + branchOfSchoolId + ", " + "distanceToCentreKm=" + distanceToCentreKm + ", " + "headName=" + headName + ", " + "phone=" + phone + ", " + "email=" + email + ", " + "federalLogin=" + federalLogin + ", " + "status=" + status + "]";
	}


	public static final int MAX_TEXT_LENGTH = 255;

	/** Longest road distance inside one Russian region we accept, km. */
	public static final double MAX_DISTANCE_KM = 3000;

	public Violations validate() {
		Violations violations = new Violations();

		violations.requireText(name, MAX_TEXT_LENGTH, "name");
		violations.requireLength(shortName, MAX_TEXT_LENGTH, "shortName");
		violations.requireLength(address, MAX_TEXT_LENGTH, "address");
		violations.requireLength(headName, MAX_TEXT_LENGTH, "headName");
		violations.requireLength(phone, 75, "phone");
		violations.requireLength(email, MAX_TEXT_LENGTH, "email");
		violations.requireText(federalLogin, 75, "federalLogin");
		violations.require(settlementType != null, "settlementType", "required");
		violations.require(level != null, "level", "required");
		violations.require(status != null, "status", "required");

		if ((distanceToCentreKm != null) &&
			(distanceToCentreKm.isNaN() || (distanceToCentreKm < 0) ||
			 (distanceToCentreKm > MAX_DISTANCE_KM))) {

			violations.add("distanceToCentreKm", "out-of-range", 0, MAX_DISTANCE_KM);
		}

		if ((branchOfSchoolId != 0) && (branchOfSchoolId == schoolId)) {
			violations.add("branchOfSchoolId", "branch-of-itself");
		}

		if ((email != null) && !email.isBlank() && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			violations.add("email", "invalid-email");
		}

		return violations;
	}

	private final long schoolId;
	private final String name;
	private final String shortName;
	private final String address;
	private final SettlementType settlementType;
	private final SchoolLevel level;
	private final boolean smallSchool;
	private final long branchOfSchoolId;
	private final Double distanceToCentreKm;
	private final String headName;
	private final String phone;
	private final String email;
	private final String federalLogin;
	private final SchoolStatus status;

}
