// Proposals of the curation pipeline (docs/curation.md) are merged by id, so that ingesting a document again
// adds nothing; the constraint keeps two ingests running at once from writing the same proposal twice.
CREATE CONSTRAINT proposal_id IF NOT EXISTS FOR (n:Proposal) REQUIRE n.id IS UNIQUE;
