-- A room is never lent twice for the same time: two approved loans of one
-- room may not overlap. Half-open ranges, so back-to-back loans
-- (10:00-11:00 then 11:00-12:00) are fine. btree_gist lets the equality on
-- room_id share the GiST index with the range overlap.
ALTER TABLE "loans" ADD CONSTRAINT "loans_no_overlap"
  EXCLUDE USING gist ("room_id" WITH =, tstzrange("start", "end", '[)') WITH &&)
  WHERE ("status" = 'approved');
--> statement-breakpoint
-- Availability queries look up the loans of a room over a time range.
CREATE INDEX "loans_room_period" ON "loans" USING gist ("room_id", tstzrange("start", "end", '[)'));
