-- Issue 24: how each facility's county was found (county_fips_methods: the methods of
-- domain.vocabulary.CountyMethod that gave it; empty when county_fips is null), and the
-- 287(g) agreement agency (an agency_id of the agreement table, not of agency) linked to a
-- county jail by the rule of tools.FacilityLists (its county's sheriff's office).

alter table facility
    add column county_fips_methods varchar[] not null default '{}',
    add column agreement_agency_id text,
    add constraint facility_county_methods
        check ((county_fips is null) = (cardinality(county_fips_methods) = 0));

-- the index on (release_id, county_fips, id) is V11's (places)
