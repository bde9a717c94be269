package ru.opora.cooperation.web.internal.display.context;

import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javax.portlet.RenderResponse;

import ru.opora.cooperation.web.internal.constants.CooperationWebKeys;
import ru.opora.domain.cooperation.AgreementData;
import ru.opora.domain.cooperation.AgreementKind;
import ru.opora.domain.cooperation.AgreementTerm;
import ru.opora.domain.cooperation.ModuleData;
import ru.opora.domain.cooperation.PartyData;
import ru.opora.domain.cooperation.PartyRef;
import ru.opora.domain.cooperation.ProgrammeData;
import ru.opora.domain.cooperation.ProgrammeKind;
import ru.opora.domain.cooperation.Requisites;
import ru.opora.domain.cooperation.ResourceData;
import ru.opora.domain.cooperation.ResourceType;

/**
 * The sectioned form of a draft (new or stored): header and term, parties
 * with requisites, programmes with their modules, resources. Its values are
 * the stored agreement's, or what the user entered when the save was
 * rejected (the violations are listed above the form); each section has
 * free rows for additions.
 *
 * @author Opora
 */
public class EditAgreementDisplayContext extends BaseCooperationDisplayContext {

	/** The form's values of a stored agreement, named as {@code AgreementForm} reads them. */
	public static Map<String, String> valuesOf(AgreementData data) {
		Map<String, String> values = new HashMap<>();

		values.put("number", data.getNumber());
		values.put("agreementDate", _string(data.getAgreementDate()));
		values.put("kind", (data.getKind() == null) ? "" : data.getKind().code());
		values.put("subject", data.getSubject());

		AgreementTerm term = data.getTerm();

		if (term != null) {
			values.put("startDate", term.getStart().toString());
			values.put("endDate", term.getEnd().toString());
			values.put("autoProlongation", String.valueOf(term.isAutoProlongation()));
			values.put("prolongationMonths", String.valueOf(term.getProlongationMonths()));
		}

		List<PartyRef> partyRows = new ArrayList<>();

		for (int i = 0; i < data.getParties().size(); i++) {
			PartyData party = data.getParties().get(i);
			Requisites requisites = party.getRequisites();
			String prefix = "party" + i;

			partyRows.add(party.getRef());
			values.put(prefix + "Key", party.getRef().key());
			values.put(prefix + "FullName", requisites.getFullName());
			values.put(prefix + "LegalForm", requisites.getLegalForm());
			values.put(prefix + "Address", requisites.getAddress());
			values.put(prefix + "Inn", requisites.getInn());
			values.put(prefix + "Ogrn", requisites.getOgrn());
			values.put(prefix + "HeadName", requisites.getHeadName());
			values.put(prefix + "HeadPosition", requisites.getHeadPosition());
			values.put(prefix + "AuthorityBasis", requisites.getAuthorityBasis());
		}

		for (int i = 0; i < data.getProgrammes().size(); i++) {
			ProgrammeData programme = data.getProgrammes().get(i);
			String prefix = "programme" + i;

			values.put(prefix + "Name", programme.getName());
			values.put(prefix + "Kind", (programme.getKind() == null) ? "" : programme.getKind().code());
			values.put(prefix + "Hours", String.valueOf(programme.getHours()));
			values.put(prefix + "Grades", programme.getGrades());
			values.put(prefix + "Pupils", String.valueOf(programme.getPupils()));
			values.put(prefix + "StartDate", _string(programme.getStartDate()));
			values.put(prefix + "EndDate", _string(programme.getEndDate()));

			StringBuilder sb = new StringBuilder();

			for (ModuleData module : programme.getModules()) {
				int row = partyRows.indexOf(module.getDeliveringParty());

				sb.append(module.getName());
				sb.append("; ");
				sb.append(module.getHours());
				sb.append("; ");
				sb.append((row < 0) ? "" : String.valueOf(row + 1));
				sb.append('\n');
			}

			values.put(prefix + "Modules", sb.toString());
		}

		for (int i = 0; i < data.getResources().size(); i++) {
			ResourceData resource = data.getResources().get(i);
			String prefix = "resource" + i;
			int row = partyRows.indexOf(resource.getParty());

			values.put(prefix + "Party", (row < 0) ? "" : String.valueOf(row + 1));
			values.put(prefix + "Type", (resource.getType() == null) ? "" : resource.getType().code());
			values.put(prefix + "Description", resource.getDescription());
			values.put(prefix + "Schedule", resource.getSchedule());
		}

		values.put("partyCount", String.valueOf(data.getParties().size()));
		values.put("programmeCount", String.valueOf(data.getProgrammes().size()));
		values.put("resourceCount", String.valueOf(data.getResources().size()));

		return values;
	}

	public EditAgreementDisplayContext(
		RenderResponse renderResponse, Labels labels, CooperationPermissions permissions, long groupId,
		long agreementId, Function<String, String> values, Map<String, String> partyOptions) {

		super(renderResponse, labels, permissions, groupId, false);

		_agreementId = agreementId;
		_values = values;
		_partyOptions = partyOptions;
	}

	public long getAgreementId() {
		return _agreementId;
	}

	public String getCancelURL() {
		if (_agreementId > 0) {
			return getViewAgreementURL(_agreementId);
		}

		return PortletURLBuilder.createRenderURL(
			getRenderResponse()
		).setMVCRenderCommandName(
			CooperationWebKeys.MVC_VIEW_AGREEMENTS
		).buildString();
	}

	public List<SelectOption> getKindOptions() {
		List<SelectOption> options = new ArrayList<>();

		for (AgreementKind kind : AgreementKind.values()) {
			options.add(
				new SelectOption(kind.code(), getLabels().get(kind.labelKey()), kind.code().equals(getValue("kind"))));
		}

		return options;
	}

	/** Stored rows plus free rows: at least 3 parties, 1 free programme, 2 free resources. */
	public int getPartyRows() {
		return Math.max(_count("partyCount") + 1, 3);
	}

	public List<SelectOption> getPartyOptions(int row) {
		String selected = getValue("party" + row + "Key");

		List<SelectOption> options = new ArrayList<>();

		options.add(new SelectOption("", "", selected.isEmpty()));

		for (Map.Entry<String, String> entry : _partyOptions.entrySet()) {
			options.add(new SelectOption(entry.getKey(), entry.getValue(), entry.getKey().equals(selected)));
		}

		return options;
	}

	public List<SelectOption> getProgrammeKindOptions(int row) {
		String selected = getValue("programme" + row + "Kind");

		List<SelectOption> options = new ArrayList<>();

		for (ProgrammeKind kind : ProgrammeKind.values()) {
			options.add(new SelectOption(kind.code(), getLabels().get(kind.labelKey()), kind.code().equals(selected)));
		}

		return options;
	}

	public int getProgrammeRows() {
		return _count("programmeCount") + 1;
	}

	public List<SelectOption> getResourceTypeOptions(int row) {
		String selected = getValue("resource" + row + "Type");

		List<SelectOption> options = new ArrayList<>();

		for (ResourceType type : ResourceType.values()) {
			options.add(new SelectOption(type.code(), getLabels().get(type.labelKey()), type.code().equals(selected)));
		}

		return options;
	}

	public int getResourceRows() {
		return _count("resourceCount") + 2;
	}

	public String getSaveURL() {
		return PortletURLBuilder.createActionURL(
			getRenderResponse()
		).setActionName(
			CooperationWebKeys.MVC_EDIT_AGREEMENT
		).buildString();
	}

	public String getValue(String name) {
		String value = _values.apply(name);

		return (value == null) ? "" : value;
	}

	public boolean isAutoProlongation() {
		return getValue("autoProlongation").equals("true") || getValue("autoProlongation").equals("on");
	}

	@Override
	protected String getTabCommand() {
		return CooperationWebKeys.MVC_VIEW_AGREEMENTS;
	}

	private static String _string(Object value) {
		return (value == null) ? "" : value.toString();
	}

	private int _count(String name) {
		try {
			return Math.min(Math.max(Integer.parseInt(getValue(name)), 0), 49);
		}
		catch (NumberFormatException numberFormatException) {
			return 0;
		}
	}

	private final long _agreementId;
	private final Map<String, String> _partyOptions;
	private final Function<String, String> _values;

}
