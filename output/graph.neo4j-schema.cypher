// Neo4j 5 schema for graph.cypher: unique ids make MERGE fast.
CREATE CONSTRAINT `relgraph_Concept_id` IF NOT EXISTS FOR (n:`Concept`) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT `relgraph_Organization_id` IF NOT EXISTS FOR (n:`Organization`) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT `relgraph_Person_id` IF NOT EXISTS FOR (n:`Person`) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT `relgraph_Place_id` IF NOT EXISTS FOR (n:`Place`) REQUIRE n.id IS UNIQUE;
