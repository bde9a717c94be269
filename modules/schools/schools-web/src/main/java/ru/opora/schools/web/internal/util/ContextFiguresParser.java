package ru.opora.schools.web.internal.util;

import javax.portlet.PortletRequest;

import ru.opora.domain.school.ContextFigures;

import ru.opora.schools.exception.OporaValidationException;

/**
 * The context form's parameters as the domain's {@link ContextFigures}.
 * Blank shares mean "unknown".
 *
 * @author Opora
 */
public final class ContextFiguresParser {

	public static ContextFigures parse(PortletRequest portletRequest)
		throws OporaValidationException {

		FormValues formValues = new FormValues(portletRequest);

		ContextFigures contextFigures = new ContextFigures(
			formValues.getInt("year"), formValues.getInt("pupilsCount"),
			formValues.getDouble("shareSingleParent"),
			formValues.getDouble("shareBothParentsHigherEducation"),
			formValues.getDouble("shareParentHigherEducation"),
			formValues.getDouble("shareDeviantRegistered"),
			formValues.getDouble("shareNonNativeRussian"),
			formValues.getDouble("shareLowIncome"),
			formValues.getInt("teacherVacancies"),
			formValues.getDouble("shareTeachersAged65Plus"),
			formValues.getDouble("shareTeachersDoubleLoad"),
			formValues.getBoolean("needsMajorRepair"),
			formValues.getBoolean("hasHighSpeedInternet"),
			formValues.getBoolean("hasGrowthPointCentre"));

		formValues.throwIfUnreadable(contextFigures.validate().list());

		return contextFigures;
	}

	private ContextFiguresParser() {
	}

}
