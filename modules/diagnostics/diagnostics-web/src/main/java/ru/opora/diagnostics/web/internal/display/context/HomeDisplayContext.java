package ru.opora.diagnostics.web.internal.display.context;

import com.liferay.portal.kernel.exception.PortalException;

import java.util.List;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import ru.opora.diagnostics.constants.DiagnosticsConstants;
import ru.opora.diagnostics.model.Attempt;
import ru.opora.diagnostics.web.internal.util.DiagnosticsServices;

/** The teacher's own page: consent, the diagnostics assigned to them, their results. */
public class HomeDisplayContext extends BaseDisplayContext {

	public HomeDisplayContext(RenderRequest renderRequest, RenderResponse renderResponse, DiagnosticsServices services)
		throws PortalException {

		super(renderRequest, renderResponse, services);

		_consent = services.getAttemptService().hasConsent();
		_attempts = services.getAttemptService().getMyAttempts();
		_viewsByOthers = services.getResultViewService().getMyViewsCount();
	}

	public List<Attempt> getAttempts() {
		return _attempts;
	}

	public String getStatusLabel(Attempt attempt) {
		return message("diagnostics-attempt-status-" + attempt.getStatus());
	}

	/** How many times somebody else viewed the teacher's data (the audit log). */
	public int getViewsByOthers() {
		return _viewsByOthers;
	}

	public boolean hasConsent() {
		return _consent;
	}

	public boolean isOpen(Attempt attempt) {
		return DiagnosticsConstants.ATTEMPT_STATUS_ASSIGNED.equals(attempt.getStatus()) ||
			DiagnosticsConstants.ATTEMPT_STATUS_IN_PROGRESS.equals(attempt.getStatus());
	}

	private final List<Attempt> _attempts;
	private final boolean _consent;
	private final int _viewsByOthers;

}
