package ru.opora.diagnostics.web.internal.display.context;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.util.ParamUtil;

import java.util.Arrays;
import java.util.List;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import ru.opora.diagnostics.model.CompetenceArea;
import ru.opora.diagnostics.web.internal.util.DiagnosticsServices;
import ru.opora.domain.diagnostics.AreaKind;

/** A new competence area of the draft bank or an existing one (its code stays). */
public class EditAreaDisplayContext extends BankFormDisplayContext {

	public EditAreaDisplayContext(
			RenderRequest renderRequest, RenderResponse renderResponse, DiagnosticsServices services)
		throws PortalException {

		super(renderRequest, renderResponse, services);

		long competenceAreaId = ParamUtil.getLong(renderRequest, "competenceAreaId");

		_area = (competenceAreaId > 0) ?
			services.getDiagnosticItemService().getCompetenceArea(getGroupId(), competenceAreaId) : null;
	}

	public long getCompetenceAreaId() {
		return (_area == null) ? 0 : _area.getCompetenceAreaId();
	}

	public List<AreaKind> getKinds() {
		return Arrays.asList(AreaKind.values());
	}

	@Override
	public boolean isNew() {
		return _area == null;
	}

	@Override
	protected String storedValue(String field) {
		if (_area == null) {
			return "kind".equals(field) ? AreaKind.SUBJECT.code() : "";
		}

		switch (field) {
			case "code":
				return _area.getCode();
			case "name":
				return _area.getName();
			case "kind":
				return _area.getKind();
			case "subject":
				return _area.getSubject();
			default:
				return "";
		}
	}

	private final CompetenceArea _area;

}
