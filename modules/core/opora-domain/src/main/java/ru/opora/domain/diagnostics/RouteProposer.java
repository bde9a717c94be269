package ru.opora.domain.diagnostics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Proposes an individual development route (ИОМ) from the deficits of a
 * result. Deficits are taken largest gap first; for each:
 * <ol>
 * <li>course: the earliest-starting catalogue course covering the competence
 * that the teacher has not completed, has not ended before today and ends by
 * the route's end (shorter first on equal start); a course is proposed once
 * per route; deadline = the course's end;</li>
 * <li>internship: once per route, for the largest severe deficit (gap of at
 * least {@link #SEVERE_GAP} percent points), if a strong school is given;
 * deadline today + 90 days;</li>
 * <li>mentoring: if a teacher-mentor is given and the deficit is severe or no
 * course was found; deadline today + 180 days;</li>
 * <li>self-study: up to {@link #MAX_MATERIALS} materials tagged
 * {@code comp-<code>} (by title), deadline today + 30 days; if nothing else
 * was proposed for the deficit, one free self-study action.</li>
 * </ol>
 * Every deadline is capped at the route's end.
 */
public final class RouteProposer {

	public static final int MAX_MATERIALS = 3;

	public static final int SEVERE_GAP = 20;

	public RouteProposer(LocalDate today, LocalDate routeEnd) {
		if (routeEnd.isBefore(today)) {
			throw new IllegalArgumentException("Route ends before today");
		}

		_today = today;
		_routeEnd = routeEnd;
	}

	public RouteProposer courses(List<CourseOffer> courses, Set<Long> completedCourseIds) {
		_courses = new ArrayList<>(courses);
		_completedCourseIds = new HashSet<>(completedCourseIds);

		return this;
	}

	public RouteProposer materials(List<MaterialOffer> materials) {
		_materials = new ArrayList<>(materials);

		_materials.sort(Comparator.comparing(MaterialOffer::title).thenComparingLong(MaterialOffer::fileEntryId));

		return this;
	}

	/** The teacher-mentor's user id (0: none). */
	public RouteProposer mentor(long mentorUserId, String mentorName) {
		_mentorUserId = mentorUserId;
		_mentorName = mentorName;

		return this;
	}

	/** A strong school that accepts interns (0: none). */
	public RouteProposer strongSchool(long schoolId, String schoolName) {
		_strongSchoolId = schoolId;
		_strongSchoolName = schoolName;

		return this;
	}

	public List<ProposedAction> propose(DiagnosticResult result) {
		List<CompetenceResult> deficits = result.deficits();

		deficits.sort(
			Comparator.comparingDouble(CompetenceResult::gap).reversed().thenComparing(
				CompetenceResult::competenceCode));

		List<ProposedAction> actions = new ArrayList<>();
		Set<Long> proposedCourseIds = new HashSet<>();
		boolean internship = false;

		for (CompetenceResult deficit : deficits) {
			String code = deficit.competenceCode();
			boolean severe = deficit.gap() >= SEVERE_GAP;
			int before = actions.size();

			CourseOffer course = _course(code, proposedCourseIds);

			if (course != null) {
				proposedCourseIds.add(course.courseId());
				actions.add(new ProposedAction(code, ActionType.COURSE, course.courseId(), course.name(), course.end()));
			}

			if (severe && !internship && (_strongSchoolId > 0)) {
				internship = true;
				actions.add(
					new ProposedAction(code, ActionType.INTERNSHIP, _strongSchoolId, _strongSchoolName, _deadline(90)));
			}

			if ((_mentorUserId > 0) && (severe || (course == null))) {
				actions.add(new ProposedAction(code, ActionType.MENTORING, _mentorUserId, _mentorName, _deadline(180)));
			}

			String tag = Competence.materialTag(code);
			int materials = 0;

			for (MaterialOffer material : _materials) {
				if ((materials < MAX_MATERIALS) && material.tags().contains(tag)) {
					materials++;
					actions.add(
						new ProposedAction(
							code, ActionType.SELF_STUDY, material.fileEntryId(), material.title(), _deadline(30)));
				}
			}

			if (actions.size() == before) {
				actions.add(new ProposedAction(code, ActionType.SELF_STUDY, 0, null, _deadline(30)));
			}
		}

		return actions;
	}

	private CourseOffer _course(String competenceCode, Set<Long> proposedCourseIds) {
		CourseOffer best = null;

		for (CourseOffer course : _courses) {
			if (!course.competenceCodes().contains(competenceCode) ||
				_completedCourseIds.contains(course.courseId()) || proposedCourseIds.contains(course.courseId()) ||
				course.end().isBefore(_today) || course.end().isAfter(_routeEnd)) {

				continue;
			}

			if ((best == null) || course.start().isBefore(best.start()) ||
				(course.start().equals(best.start()) && (course.hours() < best.hours()))) {

				best = course;
			}
		}

		return best;
	}

	private LocalDate _deadline(int days) {
		LocalDate deadline = _today.plusDays(days);

		return deadline.isAfter(_routeEnd) ? _routeEnd : deadline;
	}

	private Set<Long> _completedCourseIds = new HashSet<>();
	private List<CourseOffer> _courses = new ArrayList<>();
	private List<MaterialOffer> _materials = new ArrayList<>();
	private String _mentorName;
	private long _mentorUserId;
	private final LocalDate _routeEnd;
	private long _strongSchoolId;
	private String _strongSchoolName;
	private final LocalDate _today;

}
