-- A secret ballot's public activity shows that a person voted, once; rows recorded before this also
-- told when someone changed their vote, which says more than a secret ballot should.
DELETE FROM activities a USING proposals p
 WHERE a.verb = 'vote.changed' AND a.object_type = 'proposal' AND a.object_id = p.id AND p.ballot = 'secret';
