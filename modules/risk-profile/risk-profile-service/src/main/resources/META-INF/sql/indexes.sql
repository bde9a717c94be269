create unique index IX_D067F22E on OporaRp_RiskDictionaryVersion (companyId, fromYear);

create index IX_E6788856 on OporaRp_RiskDocument (groupId);
create index IX_8942B868 on OporaRp_RiskDocument (schoolId, year);

create index IX_641181B1 on OporaRp_RiskDocumentSnapshot (riskDocumentId);

create index IX_FA37209D on OporaRp_RiskFactorLevel (riskProfileId);

create index IX_118FF88A on OporaRp_RiskMeasure (riskDocumentId);

create index IX_33ED00E on OporaRp_RiskProfile (groupId);
create unique index IX_BF06D1B0 on OporaRp_RiskProfile (schoolId, year);

create index IX_4B4D9913 on OporaRp_RiskReviewComment (riskDocumentId);

create index IX_61B42676 on OporaRp_RiskSurveyResponse (responseCode[$COLUMN_LENGTH:75$]);
create unique index IX_EAE6F0D8 on OporaRp_RiskSurveyResponse (schoolId, year, respondentUserId);

create index IX_32252131 on OporaRp_RiskVerification (riskProfileId);