create index IX_583E0056 on Opora_MentorAssignment (curatorUserId);
create index IX_83A9303A on Opora_MentorAssignment (groupId, status[$COLUMN_LENGTH:75$]);
create index IX_C3E4481A on Opora_MentorAssignment (mentorSchoolId);
create index IX_79276517 on Opora_MentorAssignment (supportedSchoolId);
create index IX_EFB2B403 on Opora_MentorAssignment (teacherMentorUserId);

create index IX_D5F7B547 on Opora_MentorAssignmentHistory (mentorAssignmentId);

create index IX_78DC5A50 on Opora_SupportEvent (mentorAssignmentId);
create index IX_1FD15471 on Opora_SupportEvent (status[$COLUMN_LENGTH:75$], groupId);