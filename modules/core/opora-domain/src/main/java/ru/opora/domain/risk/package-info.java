/**
 * Rules of the school risk profile («500+»): the versioned factor dictionary
 * ({@code dictionary}), level computation from survey answers with an explicit
 * "not enough data" state, comparison, priority factors and curator
 * verification ({@code profile}), the structure of the programmes
 * ({@code programme}), their review state machine ({@code review}) and the
 * monitoring of positive changes ({@code monitoring}).
 */
package ru.opora.domain.risk;
