// Retired entities carry the label :Retired next to retired = true, which reads test without reading the entity's
// properties (storage/Predicates.activeEntity); writes keep the two together from this version on. Found by the index
// of V007.
MATCH (n:Entity) WHERE n.retired = true SET n:Retired;
