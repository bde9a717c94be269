package ru.opora.cooperation.web.internal.util;

import com.liferay.portal.kernel.util.ParamUtil;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import javax.portlet.PortletRequest;

import ru.opora.cooperation.web.internal.display.context.AgreementFilter;
import ru.opora.domain.cooperation.AgreementKind;
import ru.opora.domain.cooperation.AgreementStatus;

/**
 * The register's filters from the request; a value that cannot be read is
 * no filter.
 *
 * @author Opora
 */
public final class RegisterFilters {

	public static AgreementFilter of(PortletRequest portletRequest) {
		LocalDate termDate = null;

		try {
			String value = ParamUtil.getString(portletRequest, "termDate");

			if (!value.isEmpty()) {
				termDate = LocalDate.parse(value);
			}
		}
		catch (DateTimeParseException dateTimeParseException) {
		}

		return new AgreementFilter(
			ParamUtil.getString(portletRequest, "party"),
			AgreementKind.parse(ParamUtil.getString(portletRequest, "kind")).orElse(null),
			AgreementStatus.parse(ParamUtil.getString(portletRequest, "status")).orElse(null), termDate,
			ParamUtil.getString(portletRequest, "programme"));
	}

	private RegisterFilters() {
	}

}
