package ru.opora.domain.diagnostics;

import java.util.ArrayList;
import java.util.List;

/** The results of one diagnostic, per competence, tied to the bank version it was taken on. */
public final class DiagnosticResult {

	public DiagnosticResult(int bankVersion, List<CompetenceResult> competences) {
		_bankVersion = bankVersion;
		_competences = List.copyOf(competences);
	}

	public int bankVersion() {
		return _bankVersion;
	}

	public List<CompetenceResult> competences() {
		return _competences;
	}

	public CompetenceResult competence(String code) {
		for (CompetenceResult result : _competences) {
			if (result.competenceCode().equals(code)) {
				return result;
			}
		}

		return null;
	}

	public List<CompetenceResult> deficits() {
		List<CompetenceResult> deficits = new ArrayList<>();

		for (CompetenceResult result : _competences) {
			if (result.deficit()) {
				deficits.add(result);
			}
		}

		return deficits;
	}

	private final int _bankVersion;
	private final List<CompetenceResult> _competences;

}
