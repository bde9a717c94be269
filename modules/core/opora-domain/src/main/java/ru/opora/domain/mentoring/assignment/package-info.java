/**
 * Rules of stored mentoring: assignments of mentor schools, curators and
 * mentor teachers (kinds, parties, periods, orders, the status life cycle and
 * the capacity of a mentor), the support plan's events (dates inside the
 * assignment, reports, overdue events) and the calendar.
 *
 * <p>
 * Entry points: {@link ru.opora.domain.mentoring.assignment.AssignmentData}
 * ({@code validate()}),
 * {@link ru.opora.domain.mentoring.assignment.AssignmentRules} (transitions,
 * capacity), {@link ru.opora.domain.mentoring.assignment.SupportEventData}
 * and {@link ru.opora.domain.mentoring.assignment.SupportEventRules}
 * (validation, reports, overdue),
 * {@link ru.opora.domain.mentoring.assignment.SupportCalendar}, and
 * {@link ru.opora.domain.mentoring.assignment.Explanation} (the stored form
 * of a suggestion's cost components). Dates are {@link java.time.LocalDate}
 * days; a period's null end is open. Violations use the {@code opora-error-}
 * keys of {@link ru.opora.domain.validation.Violation}.
 * </p>
 */
package ru.opora.domain.mentoring.assignment;
