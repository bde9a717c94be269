package ru.opora.domain.identification;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import ru.opora.domain.school.AssessmentType;
import ru.opora.domain.school.ContextFigures;
import ru.opora.domain.school.ResultFigures;
import ru.opora.domain.school.SchoolLevel;
import ru.opora.domain.school.SettlementType;

/** Test data builders; figures come from the seeds where the comments say so. */
final class Fixtures {

	static final String MATH = "Математика";

	static final String RUSSIAN = "Русский язык";

	static IdentificationRules withSek() {
		return IdentificationRules.defaults().toBuilder().wellBeingWeight(
			WellBeingShare.PARENT_HIGHER_EDUCATION, 1
		).build();
	}

	/** ВПР result with mark counts 2, 3, 4, 5. */
	static ResultFigures vpr(int year, int grade, String subject, int m2, int m3, int m4, int m5) {
		return new ResultFigures(AssessmentType.VPR, year, grade, subject, m2 + m3 + m4 + m5, m2, m3, m4, m5, null, null);
	}

	static ResultFigures oge(int year, String subject, int m2, int m3, int m4, int m5) {
		return new ResultFigures(AssessmentType.OGE, year, 9, subject, m2 + m3 + m4 + m5, m2, m3, m4, m5, null, null);
	}

	/** ЕГЭ result: mean test points and share below the minimum threshold. */
	static ResultFigures ege(int year, String subject, int participants, double meanScore, double shareBelow) {
		return new ResultFigures(
			AssessmentType.EGE, year, 11, subject, participants, null, null, null, null, meanScore, shareBelow);
	}

	/** Context with the four seed-004 shares. */
	static ContextFigures context(int year, Double singleParent, Double bothParents, Double deviant, Double nonNative) {
		return new ContextFigures(
			year, 100, singleParent, bothParents, null, deviant, nonNative, null, 0, null, null, false, true, false);
	}

	/** Context as seed 001 reports it: single-parent, other home language, СЭК. */
	static ContextFigures saratovContext(int year, double singleParent, double nonNative, double sek) {
		return new ContextFigures(
			year, 100, singleParent, null, sek, null, nonNative, null, 0, null, null, false, true, false);
	}

	static SchoolBuilder school(long schoolId, String name) {
		return new SchoolBuilder(schoolId, name);
	}

	/** A good, ordinary result: 10 pupils, no marks 2, quality 60%. */
	static ResultFigures good(int year, int grade, String subject) {
		return vpr(year, grade, subject, 0, 4, 4, 2);
	}

	static final class SchoolBuilder {

		SchoolBuilder biased(int year) {
			_biased.add(year);

			return this;
		}

		SchoolInput build() {
			return new SchoolInput(
				_schoolId, _name, SchoolLevel.SECONDARY, SettlementType.RURAL, 10.0, _federal, _biased, _results,
				_contexts, _outcomes);
		}

		SchoolBuilder context(ContextFigures context) {
			_contexts.add(context);

			return this;
		}

		SchoolBuilder federal(int year) {
			_federal.add(year);

			return this;
		}

		SchoolBuilder outcome(int year, Double continuing, Double olympiads) {
			_outcomes.add(new OutcomeFigures(year, continuing, olympiads));

			return this;
		}

		SchoolBuilder result(ResultFigures... results) {
			_results.addAll(List.of(results));

			return this;
		}

		private SchoolBuilder(long schoolId, String name) {
			_schoolId = schoolId;
			_name = name;
		}

		private final List<Integer> _biased = new ArrayList<>();
		private final List<ContextFigures> _contexts = new ArrayList<>();
		private final List<Integer> _federal = new ArrayList<>();
		private final String _name;
		private final List<OutcomeFigures> _outcomes = new ArrayList<>();
		private final List<ResultFigures> _results = new ArrayList<>();
		private final long _schoolId;

	}

	static Set<Group> groups(Group... groups) {
		return Set.of(groups);
	}

	private Fixtures() {
	}

}
