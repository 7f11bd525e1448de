CREATE TABLE "territories" (
	"id" text PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"search_name" text NOT NULL,
	"postal_codes" text[] DEFAULT '{}' NOT NULL,
	"parents" text[] DEFAULT '{}' NOT NULL,
	"population" integer
);
--> statement-breakpoint
CREATE TABLE "categories" (
	"slug" text PRIMARY KEY NOT NULL,
	"label" text NOT NULL,
	"label_en" text NOT NULL,
	"colour" text NOT NULL,
	"icon" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "categories_slug_format" CHECK ("categories"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "categories_colour_format" CHECK ("categories"."colour" ~ '^#[0-9a-f]{6}$')
);
--> statement-breakpoint
CREATE TABLE "account_tokens" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"account_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"display_name" text NOT NULL,
	"password_hash" text,
	"role" text DEFAULT 'member' NOT NULL,
	"disabled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "accounts_role_valid" CHECK ("accounts"."role" IN ('admin', 'moderator', 'member'))
);
--> statement-breakpoint
CREATE TABLE "memberships" (
	"account_id" uuid NOT NULL,
	"initiative_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "memberships_account_id_initiative_id_pk" PRIMARY KEY("account_id","initiative_id")
);
--> statement-breakpoint
CREATE TABLE "rate_limits" (
	"key" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"hits" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "rate_limits_key_window_start_pk" PRIMARY KEY("key","window_start")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"account_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "initiatives" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"categories" text[] DEFAULT '{}' NOT NULL,
	"legal_form" text DEFAULT 'autre' NOT NULL,
	"location" geometry(Point,4326) NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"commune" text,
	"territories" text[] DEFAULT '{}' NOT NULL,
	"website" text,
	"email" text,
	"phone" text,
	"email_public" boolean DEFAULT false NOT NULL,
	"phone_public" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"source" text DEFAULT 'contribution' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('archipel_search', coalesce(name, '')), 'A') || setweight(to_tsvector('archipel_search', coalesce(address, '')), 'B') || setweight(to_tsvector('archipel_search', coalesce(description, '')), 'C')) STORED,
	CONSTRAINT "initiatives_status_valid" CHECK ("initiatives"."status" IN ('pending', 'published', 'rejected', 'archived')),
	CONSTRAINT "initiatives_legal_form_valid" CHECK ("initiatives"."legal_form" IN ('association', 'cooperative', 'scop', 'scic', 'cae', 'mutuelle', 'fondation', 'esus', 'collectif', 'collectivite', 'autre')),
	CONSTRAINT "initiatives_location_valid" CHECK (ST_IsValid("initiatives"."location") AND ST_X("initiatives"."location") BETWEEN -180 AND 180 AND ST_Y("initiatives"."location") BETWEEN -90 AND 90),
	CONSTRAINT "initiatives_name_length" CHECK (char_length("initiatives"."name") BETWEEN 1 AND 200),
	CONSTRAINT "initiatives_description_length" CHECK (char_length("initiatives"."description") <= 10000)
);
--> statement-breakpoint
CREATE TABLE "reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"initiative_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"reporter_account_id" uuid,
	"reporter_email" text,
	"status" text DEFAULT 'pending' NOT NULL,
	"reviewer_id" uuid,
	"decision_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone,
	CONSTRAINT "reports_reason_valid" CHECK ("reports"."reason" IN ('closed', 'wrong_information', 'duplicate', 'other'))
);
--> statement-breakpoint
CREATE TABLE "revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"initiative_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"before" jsonb,
	"after" jsonb NOT NULL,
	"proposer_account_id" uuid,
	"proposer_email" text,
	"status" text DEFAULT 'pending' NOT NULL,
	"possible_duplicates" jsonb DEFAULT '[]' NOT NULL,
	"reviewer_id" uuid,
	"reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone,
	CONSTRAINT "revisions_status_valid" CHECK ("revisions"."status" IN ('pending', 'approved', 'rejected'))
);
--> statement-breakpoint
CREATE TABLE "loans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"room_id" uuid NOT NULL,
	"start" timestamp with time zone NOT NULL,
	"end" timestamp with time zone NOT NULL,
	"purpose" text DEFAULT '' NOT NULL,
	"people" integer NOT NULL,
	"requester_name" text NOT NULL,
	"requester_email" text,
	"requester_organisation_id" uuid,
	"requester_account_id" uuid,
	"cancel_token_hash" text,
	"status" text DEFAULT 'requested' NOT NULL,
	"decided_at" timestamp with time zone,
	"decided_by" uuid,
	"decision_message" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "loans_end_after_start" CHECK ("loans"."end" > "loans"."start"),
	CONSTRAINT "loans_people_positive" CHECK ("loans"."people" > 0),
	CONSTRAINT "loans_status_valid" CHECK ("loans"."status" IN ('requested', 'approved', 'declined', 'cancelled'))
);
--> statement-breakpoint
CREATE TABLE "rooms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"host_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"location" geometry(Point,4326) NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"commune" text,
	"territories" text[] DEFAULT '{}' NOT NULL,
	"capacity" integer NOT NULL,
	"surface" numeric,
	"equipment" text[] DEFAULT '{}' NOT NULL,
	"step_free" boolean DEFAULT false NOT NULL,
	"free" boolean DEFAULT true NOT NULL,
	"conditions" text DEFAULT '' NOT NULL,
	"rules" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'published' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rooms_capacity_positive" CHECK ("rooms"."capacity" > 0),
	CONSTRAINT "rooms_surface_positive" CHECK ("rooms"."surface" IS NULL OR "rooms"."surface" > 0),
	CONSTRAINT "rooms_status_valid" CHECK ("rooms"."status" IN ('published', 'hidden')),
	CONSTRAINT "rooms_equipment_valid" CHECK ("rooms"."equipment" <@ ARRAY['videoprojecteur', 'ecran', 'sono', 'wifi', 'cuisine', 'paperboard', 'tables', 'chaises', 'parking']::text[])
);
--> statement-breakpoint
CREATE TABLE "event_programmes" (
	"event_id" uuid NOT NULL,
	"programme_slug" text NOT NULL,
	CONSTRAINT "event_programmes_event_id_programme_slug_pk" PRIMARY KEY("event_id","programme_slug")
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"start" timestamp with time zone NOT NULL,
	"end" timestamp with time zone NOT NULL,
	"all_day" boolean DEFAULT false NOT NULL,
	"timezone" text DEFAULT 'Europe/Paris' NOT NULL,
	"rrule" text,
	"exdates" text[] DEFAULT '{}' NOT NULL,
	"last_end" timestamp with time zone,
	"kind" text DEFAULT 'autre' NOT NULL,
	"categories" text[] DEFAULT '{}' NOT NULL,
	"organiser_id" uuid,
	"organiser_name" text DEFAULT '' NOT NULL,
	"room_id" uuid,
	"location" geometry(Point,4326),
	"address" text DEFAULT '' NOT NULL,
	"commune" text,
	"territories" text[] DEFAULT '{}' NOT NULL,
	"online_url" text,
	"free" boolean DEFAULT true NOT NULL,
	"price" text DEFAULT '' NOT NULL,
	"registration_url" text,
	"accessibility" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"sequence" integer DEFAULT 0 NOT NULL,
	"proposer_account_id" uuid,
	"proposer_email" text,
	"reviewer_id" uuid,
	"decision_reason" text,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('archipel_search', coalesce(title, '')), 'A') || setweight(to_tsvector('archipel_search', coalesce(organiser_name, '')), 'B') || setweight(to_tsvector('archipel_search', coalesce(address, '')), 'B') || setweight(to_tsvector('archipel_search', coalesce(description, '')), 'C')) STORED,
	CONSTRAINT "events_end_after_start" CHECK ("events"."end" > "events"."start"),
	CONSTRAINT "events_status_valid" CHECK ("events"."status" IN ('pending', 'published', 'cancelled', 'rejected')),
	CONSTRAINT "events_kind_valid" CHECK ("events"."kind" IN ('porte_ouverte', 'visite', 'conference', 'debat', 'forum', 'formation', 'atelier', 'reunion', 'festif', 'marche', 'autre')),
	CONSTRAINT "events_place" CHECK ("events"."location" IS NOT NULL OR "events"."online_url" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "programmes" (
	"slug" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programmes_slug_format" CHECK ("programmes"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "programmes_dates" CHECK ("programmes"."end_date" >= "programmes"."start_date")
);
--> statement-breakpoint
ALTER TABLE "account_tokens" ADD CONSTRAINT "account_tokens_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_reporter_account_id_accounts_id_fk" FOREIGN KEY ("reporter_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_reviewer_id_accounts_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "revisions" ADD CONSTRAINT "revisions_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "revisions" ADD CONSTRAINT "revisions_proposer_account_id_accounts_id_fk" FOREIGN KEY ("proposer_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "revisions" ADD CONSTRAINT "revisions_reviewer_id_accounts_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loans" ADD CONSTRAINT "loans_room_id_rooms_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."rooms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loans" ADD CONSTRAINT "loans_requester_organisation_id_initiatives_id_fk" FOREIGN KEY ("requester_organisation_id") REFERENCES "public"."initiatives"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loans" ADD CONSTRAINT "loans_requester_account_id_accounts_id_fk" FOREIGN KEY ("requester_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loans" ADD CONSTRAINT "loans_decided_by_accounts_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rooms" ADD CONSTRAINT "rooms_host_id_initiatives_id_fk" FOREIGN KEY ("host_id") REFERENCES "public"."initiatives"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_programmes" ADD CONSTRAINT "event_programmes_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_programmes" ADD CONSTRAINT "event_programmes_programme_slug_programmes_slug_fk" FOREIGN KEY ("programme_slug") REFERENCES "public"."programmes"("slug") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_organiser_id_initiatives_id_fk" FOREIGN KEY ("organiser_id") REFERENCES "public"."initiatives"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_room_id_rooms_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."rooms"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_proposer_account_id_accounts_id_fk" FOREIGN KEY ("proposer_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_reviewer_id_accounts_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "territories_search_name_trgm" ON "territories" USING gin ("search_name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "territories_postal_codes" ON "territories" USING gin ("postal_codes");--> statement-breakpoint
CREATE INDEX "territories_type_code" ON "territories" USING btree ("type","code");--> statement-breakpoint
CREATE UNIQUE INDEX "accounts_email_unique" ON "accounts" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "memberships_initiative" ON "memberships" USING btree ("initiative_id");--> statement-breakpoint
CREATE INDEX "sessions_account" ON "sessions" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "sessions_expires" ON "sessions" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "initiatives_location" ON "initiatives" USING gist ("location");--> statement-breakpoint
CREATE INDEX "initiatives_categories" ON "initiatives" USING gin ("categories");--> statement-breakpoint
CREATE INDEX "initiatives_territories" ON "initiatives" USING gin ("territories");--> statement-breakpoint
CREATE INDEX "initiatives_search" ON "initiatives" USING gin ("search");--> statement-breakpoint
CREATE INDEX "initiatives_name_trgm" ON "initiatives" USING gin (archipel_unaccent(lower("name")) gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "initiatives_status" ON "initiatives" USING btree ("status");--> statement-breakpoint
CREATE INDEX "reports_pending" ON "reports" USING btree ("created_at") WHERE "reports"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "revisions_initiative" ON "revisions" USING btree ("initiative_id","created_at");--> statement-breakpoint
CREATE INDEX "revisions_pending" ON "revisions" USING btree ("created_at") WHERE "revisions"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "loans_room_start" ON "loans" USING btree ("room_id","start");--> statement-breakpoint
CREATE INDEX "rooms_location" ON "rooms" USING gist ("location");--> statement-breakpoint
CREATE INDEX "rooms_host" ON "rooms" USING btree ("host_id");--> statement-breakpoint
CREATE INDEX "rooms_equipment" ON "rooms" USING gin ("equipment");--> statement-breakpoint
CREATE INDEX "rooms_territories" ON "rooms" USING gin ("territories");--> statement-breakpoint
CREATE INDEX "event_programmes_programme" ON "event_programmes" USING btree ("programme_slug");--> statement-breakpoint
CREATE INDEX "events_location" ON "events" USING gist ("location");--> statement-breakpoint
CREATE INDEX "events_start" ON "events" USING btree ("start");--> statement-breakpoint
CREATE INDEX "events_categories" ON "events" USING gin ("categories");--> statement-breakpoint
CREATE INDEX "events_territories" ON "events" USING gin ("territories");--> statement-breakpoint
CREATE INDEX "events_search" ON "events" USING gin ("search");--> statement-breakpoint
CREATE INDEX "events_organiser" ON "events" USING btree ("organiser_id");