package ru.opora.schools.web.internal.display.context;

import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.Portal;

import java.util.ArrayList;
import java.util.List;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import ru.opora.schools.organization.OrganizationLinkResult;
import ru.opora.schools.organization.OrganizationLinkResult.Entry;
import ru.opora.schools.organization.OrganizationLinkResult.Outcome;
import ru.opora.schools.web.internal.constants.SchoolsWebKeys;

/**
 * The organization-linking screen: the form, and the outcome of the run just
 * made (if any), school by school, those that need a person first.
 *
 * @author Opora
 */
public class OrganizationLinksDisplayContext extends BaseSchoolsDisplayContext {

	public OrganizationLinksDisplayContext(
		RenderRequest renderRequest, RenderResponse renderResponse,
		Portal portal, OrganizationLinkResult organizationLinkResult) {

		super(renderRequest, renderResponse, portal);

		_organizationLinkResult = organizationLinkResult;
	}

	public String getBackURL() {
		return PortletURLBuilder.createRenderURL(
			renderResponse
		).setMVCRenderCommandName(
			SchoolsWebKeys.MVC_VIEW_SCHOOLS
		).buildString();
	}

	/** The outcomes that happened, with their counts, in a fixed order. */
	public List<OutcomeCount> getCounts() {
		List<OutcomeCount> counts = new ArrayList<>();

		for (Outcome outcome : _ORDER) {
			int count = _organizationLinkResult.count(outcome);

			if (count > 0) {
				counts.add(
					new OutcomeCount(
						translator.get(outcome.getLabelKey()), count,
						_isUnresolved(outcome)));
			}
		}

		return counts;
	}

	/** The schools, those that need a person first, then by name. */
	public List<Entry> getEntries() {
		List<Entry> entries = new ArrayList<>();

		for (Outcome outcome : _ORDER) {
			for (Entry entry : _organizationLinkResult.getEntries()) {
				if (entry.getOutcome() == outcome) {
					entries.add(entry);
				}
			}
		}

		return entries;
	}

	public String getLinkURL() {
		return PortletURLBuilder.createActionURL(
			renderResponse
		).setActionName(
			SchoolsWebKeys.MVC_LINK_ORGANIZATIONS
		).buildString();
	}

	public String getMunicipalitySummary() {
		return translator.format(
			_organizationLinkResult.isMunicipalityOrganizationCreated() ?
				"opora-municipality-organization-x-was-created" :
					"opora-municipality-organization-x",
			new Object[] {_organizationLinkResult.getMunicipalityOrganizationName()});
	}

	public String getOutcomeLabel(Entry entry) {
		return translator.get(entry.getOutcome().getLabelKey());
	}

	public boolean hasResult() {
		return _organizationLinkResult != null;
	}

	/** The box on the form, as sent last time (off at first). */
	public boolean isCreateMissing() {
		return ParamUtil.getBoolean(renderRequest, "createMissing");
	}

	public boolean isUnresolved(Entry entry) {
		return _isUnresolved(entry.getOutcome());
	}

	/** One outcome and how many schools had it. */
	public static final class OutcomeCount {

		public OutcomeCount(String label, int count, boolean unresolved) {
			_label = label;
			_count = count;
			_unresolved = unresolved;
		}

		public int getCount() {
			return _count;
		}

		public String getLabel() {
			return _label;
		}

		public boolean isUnresolved() {
			return _unresolved;
		}

		private final int _count;
		private final String _label;
		private final boolean _unresolved;

	}

	private static boolean _isUnresolved(Outcome outcome) {
		return (outcome == Outcome.AMBIGUOUS) ||
			(outcome == Outcome.NOT_FOUND);
	}

	private static final Outcome[] _ORDER = {
		Outcome.AMBIGUOUS, Outcome.NOT_FOUND, Outcome.CREATED, Outcome.LINKED,
		Outcome.ALREADY_LINKED
	};

	private final OrganizationLinkResult _organizationLinkResult;

}
