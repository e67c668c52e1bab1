-- How each member wrote their interests, position for position with hobbies / volunteer
-- (which hold the normalised keys matching compares), so intros can name interests the
-- way people wrote them ("martial arts", "AIDS awareness") rather than as keys.
-- Empty for profiles saved before this column existed: the keys are shown then.
ALTER TABLE profiles
  ADD COLUMN hobby_spellings text[] NOT NULL DEFAULT '{}',
  ADD COLUMN volunteer_spellings text[] NOT NULL DEFAULT '{}';
