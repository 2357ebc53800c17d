-- Issue 14: business-matching days ("temu bisnis"). The event module owns every table here (docs/event.md).
-- An officer of the event's province organises it; companies bring needs, UMKM register, the scheduler places
-- meetings (need, UMKM) into slots at tables, and each side records the outcome of each meeting.

create table event (
    id                    bigserial     primary key,
    -- the organising office's province: only its officers manage the event (and an administrator)
    province_code         varchar(13)   not null references region (code),
    regency_code          varchar(13)   not null references region (code),
    name                  varchar(200)  not null,
    description           varchar(4000),
    venue                 varchar(500)  not null,
    event_date            date          not null,
    -- IANA zone of the venue, from its province (WIB Asia/Jakarta, WITA Asia/Makassar, WIT Asia/Jayapura); the
    -- sessions' clock times are local times in this zone
    time_zone             varchar(40)   not null,
    meeting_minutes       integer       not null default 20 check (meeting_minutes between 5 and 180),
    break_minutes         integer       not null default 5 check (break_minutes between 0 and 60),
    table_count           integer       not null check (table_count between 1 and 500),
    max_meetings_per_umkm integer       not null default 4 check (max_meetings_per_umkm between 1 and 50),
    registration_opens    date          not null,
    registration_closes   date          not null,
    approval_required     boolean       not null default false,
    -- DRAFT: only officers see it. PUBLISHED: public page, invitations, registrations. SCHEDULED: the schedule is
    -- published to the participants. CLOSED: after the day (outcomes may still be recorded). CANCELLED.
    status                varchar(10)   not null default 'DRAFT'
        check (status in ('DRAFT', 'PUBLISHED', 'SCHEDULED', 'CLOSED', 'CANCELLED')),
    published_at          timestamptz,
    schedule_published_at timestamptz,
    created_by            bigint        not null references account (id),
    created_at            timestamptz   not null default now(),
    updated_at            timestamptz   not null default now(),
    version               bigint        not null default 0,
    check (registration_closes >= registration_opens),
    check (registration_closes <= event_date)
);
create index event_province_idx on event (province_code, event_date desc);
create index event_open_idx on event (event_date) where status in ('PUBLISHED', 'SCHEDULED');

-- A matchmaking session of the day (e.g. 09:00-12:00 and 13:00-16:00), local times in the event's zone.
create table event_session (
    id        bigserial primary key,
    event_id  bigint    not null references event (id) on delete cascade,
    position  integer   not null check (position >= 1),
    starts_at time      not null,
    ends_at   time      not null,
    check (ends_at > starts_at),
    unique (event_id, position)
);

-- The time slots of a session: meeting_minutes long, break_minutes apart, as many as fit. Derived from the session
-- and the event's lengths; rebuilt by the event service when those change and no meeting is placed yet.
create table event_slot (
    id         bigserial primary key,
    session_id bigint    not null references event_session (id) on delete cascade,
    position   integer   not null check (position >= 1),
    starts_at  time      not null,
    ends_at    time      not null,
    check (ends_at > starts_at),
    unique (session_id, position)
);

-- An officer asks a company (with some of its open needs) or an UMKM to take part. Once per event and participant.
create table event_invitation (
    id         bigserial   primary key,
    event_id   bigint      not null references event (id) on delete cascade,
    company_id bigint      references company (id) on delete cascade,
    umkm_id    bigint      references umkm (id) on delete cascade,
    -- how the officer chose them: by hand, best N of a need's ranking, by regency, by KBLI section
    chosen_by  varchar(10) not null check (chosen_by in ('HAND', 'RANKING', 'REGENCY', 'SECTOR')),
    invited_by bigint      not null references account (id),
    created_at timestamptz not null default now(),
    check (num_nonnulls(company_id, umkm_id) = 1),
    unique (event_id, company_id),
    unique (event_id, umkm_id)
);
create index event_invitation_umkm_idx on event_invitation (umkm_id) where umkm_id is not null;
create index event_invitation_company_idx on event_invitation (company_id) where company_id is not null;

-- The needs a company was invited with.
create table event_invitation_need (
    invitation_id bigint not null references event_invitation (id) on delete cascade,
    need_id       bigint not null references need (id) on delete cascade,
    primary key (invitation_id, need_id)
);

-- A company or an UMKM taking part.
create table event_registration (
    id              bigserial     primary key,
    event_id        bigint        not null references event (id) on delete cascade,
    company_id      bigint        references company (id) on delete cascade,
    umkm_id         bigint        references umkm (id) on delete cascade,
    -- PENDING only when the event requires an officer's approval for UMKM; companies are APPROVED at once
    status          varchar(10)   not null check (status in ('PENDING', 'APPROVED', 'REFUSED', 'WITHDRAWN')),
    decision_reason varchar(1000),
    decided_by      bigint        references account (id),
    decided_at      timestamptz,
    -- a company's staff at tables: how many of its meetings may run in parallel (1 for an UMKM)
    parallel_tables integer       not null default 1 check (parallel_tables between 1 and 20),
    -- registered after the schedule was published: placed into free slots by the officer
    late            boolean       not null default false,
    -- printed as a QR code on the agenda: /acara/{id}/hadir/{token} checks the participant in (officers only)
    check_in_token  varchar(43)   not null unique,
    checked_in_at   timestamptz,
    checked_in_by   bigint        references account (id),
    registered_by   bigint        not null references account (id),
    created_at      timestamptz   not null default now(),
    updated_at      timestamptz   not null default now(),
    version         bigint        not null default 0,
    check (num_nonnulls(company_id, umkm_id) = 1),
    check (company_id is not null or parallel_tables = 1),
    unique (event_id, company_id),
    unique (event_id, umkm_id)
);
create index event_registration_umkm_idx on event_registration (umkm_id) where umkm_id is not null;
create index event_registration_company_idx on event_registration (company_id) where company_id is not null;

-- The sessions a participant can attend (none listed: it cannot attend any, so every registration lists some).
create table event_registration_session (
    registration_id bigint not null references event_registration (id) on delete cascade,
    session_id      bigint not null references event_session (id) on delete cascade,
    primary key (registration_id, session_id)
);

-- The open needs a company brings to the event.
create table event_registration_need (
    registration_id bigint not null references event_registration (id) on delete cascade,
    need_id         bigint not null references need (id) on delete cascade,
    primary key (registration_id, need_id)
);

-- The products an UMKM shows at the event.
create table event_registration_product (
    registration_id bigint not null references event_registration (id) on delete cascade,
    product_id      bigint not null references product (id) on delete cascade,
    primary key (registration_id, product_id)
);

-- One side asks to meet the other about a need; the other side accepts or declines. An accepted request must be
-- scheduled if at all possible.
create table event_meeting_request (
    id           bigserial   primary key,
    event_id     bigint      not null references event (id) on delete cascade,
    need_id      bigint      not null references need (id) on delete cascade,
    umkm_id      bigint      not null references umkm (id) on delete cascade,
    requested_by varchar(7)  not null check (requested_by in ('COMPANY', 'UMKM')),
    requester_id bigint      not null references account (id),
    status       varchar(10) not null default 'PENDING'
        check (status in ('PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')),
    decided_by   bigint      references account (id),
    decided_at   timestamptz,
    created_at   timestamptz not null default now(),
    version      bigint      not null default 0,
    unique (event_id, need_id, umkm_id)
);
create index event_meeting_request_umkm_idx on event_meeting_request (umkm_id);

-- A meeting of a company need with an UMKM in a slot at a table. The slot/table pair is unique at the end of a
-- transaction (deferred), so that an officer's move may swap two meetings.
create table event_meeting (
    id               bigserial     primary key,
    event_id         bigint        not null references event (id) on delete cascade,
    need_id          bigint        not null references need (id) on delete cascade,
    company_id       bigint        not null references company (id) on delete cascade,
    umkm_id          bigint        not null references umkm (id) on delete cascade,
    slot_id          bigint        not null references event_slot (id) on delete cascade,
    table_number     integer       not null check (table_number >= 1),
    -- the match score (0-100) when it was scheduled, and whether both sides asked for it
    score            numeric(6, 2) not null default 0,
    requested        boolean       not null default false,
    -- an officer fixed it: re-running the scheduler keeps it in place
    locked           boolean       not null default false,
    -- PLANNED until the day; HELD or NO_SHOW afterwards (no-show of either side); CANCELLED
    status           varchar(10)   not null default 'PLANNED'
        check (status in ('PLANNED', 'HELD', 'NO_SHOW', 'CANCELLED')),
    held_at          timestamptz,
    -- each side's outcome and note, recorded after the meeting
    company_outcome  varchar(12)
        check (company_outcome in ('NOT_FIT', 'INTERESTED', 'INVITE_OFFER', 'PROPOSE')),
    company_note     varchar(2000),
    company_noted_by bigint        references account (id),
    company_noted_at timestamptz,
    umkm_outcome     varchar(12)   check (umkm_outcome in ('NOT_FIT', 'INTERESTED')),
    umkm_note        varchar(2000),
    umkm_noted_by    bigint        references account (id),
    umkm_noted_at    timestamptz,
    created_at       timestamptz   not null default now(),
    updated_at       timestamptz   not null default now(),
    version          bigint        not null default 0,
    unique (event_id, need_id, umkm_id),
    constraint event_meeting_place unique (slot_id, table_number) deferrable initially deferred
);
create index event_meeting_umkm_idx on event_meeting (umkm_id);
create index event_meeting_company_idx on event_meeting (company_id);

-- Who changed what of an event (created, published, invited, approved, scheduled, moved a meeting, checked in...).
create table event_audit (
    id          bigserial    primary key,
    event_id    bigint       not null references event (id) on delete cascade,
    actor_id    bigint       references account (id),
    action      varchar(40)  not null,
    detail      varchar(2000),
    occurred_at timestamptz  not null default now()
);
create index event_audit_event_idx on event_audit (event_id, occurred_at desc);
