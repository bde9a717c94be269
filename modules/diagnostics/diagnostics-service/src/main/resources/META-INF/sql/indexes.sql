create index IX_F41363D8 on OporaDiag_Attempt (diagnosticSessionId, userId);
create index IX_4833462E on OporaDiag_Attempt (groupId);
create index IX_6D43A1DF on OporaDiag_Attempt (schoolId);
create index IX_E0D4636 on OporaDiag_Attempt (userId);

create index IX_8AF22D9C on OporaDiag_Competence (companyId, version, code_[$COLUMN_LENGTH:75$]);

create index IX_F5FC840F on OporaDiag_CompetenceArea (companyId, version, code_[$COLUMN_LENGTH:75$]);

create index IX_FF3CBC00 on OporaDiag_CompetenceScore (attemptId);

create index IX_5516C5B9 on OporaDiag_Consent (companyId, userId);

create index IX_CE2C738F on OporaDiag_Course (companyId, name[$COLUMN_LENGTH:500$]);

create index IX_13073C7C on OporaDiag_CourseEnrolment (courseId, userId);
create index IX_AB55B072 on OporaDiag_CourseEnrolment (userId);

create index IX_F46F1F2B on OporaDiag_DiagnosticItem (companyId, version, code_[$COLUMN_LENGTH:75$]);

create index IX_59DA020C on OporaDiag_DiagnosticSession (groupId);
create index IX_907461C1 on OporaDiag_DiagnosticSession (schoolId);

create index IX_CEBB2B4C on OporaDiag_ItemBank (companyId, version);

create index IX_78960E69 on OporaDiag_ResultView (companyId);
create index IX_69F11B2B on OporaDiag_ResultView (groupId);
create index IX_86B9994F on OporaDiag_ResultView (teacherUserId, companyId);
create index IX_71262791 on OporaDiag_ResultView (teacherUserId, groupId);
create index IX_5FFCA1D5 on OporaDiag_ResultView (teacherUserId, userId, companyId);
create index IX_427D9997 on OporaDiag_ResultView (teacherUserId, userId, groupId);
create index IX_B875CEF on OporaDiag_ResultView (userId, companyId);
create index IX_F7D05331 on OporaDiag_ResultView (userId, groupId);

create index IX_2A2E9EC0 on OporaDiag_Route (attemptId);
create index IX_F94292F2 on OporaDiag_Route (groupId);
create index IX_33F50F2 on OporaDiag_Route (userId);

create index IX_E1600B26 on OporaDiag_RouteAction (routeId);