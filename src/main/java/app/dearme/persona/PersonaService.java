package app.dearme.persona;

import app.dearme.vocabulary.PersonaLevel;

import app.dearme.diary.DiaryReader;
import app.dearme.platform.error.ApiException;
import app.dearme.platform.jobs.JobView;
import app.dearme.platform.jobs.Jobs;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Persona rules for the owner and for friends (SPEC §6). */
@Service
class PersonaService {

    static final String JOB_GENERATE = "persona_generate";
    static final String JOB_UPGRADE = "persona_upgrade";

    private final PersonaStore store;
    private final DiaryReader diaries;
    private final Jobs jobs;
    private final FriendshipCheck friendships;

    PersonaService(PersonaStore store, DiaryReader diaries, Jobs jobs, FriendshipCheck friendships) {
        this.store = store;
        this.diaries = diaries;
        this.jobs = jobs;
        this.friendships = friendships;
    }

    @Transactional(readOnly = true)
    PersonaDtos.Status status(long userId) {
        int count = diaries.countPublic(userId);
        Optional<PersonaView> p = store.byUser(userId);
        Optional<JobView> job = Stream.of(jobs.latest(userId, JOB_GENERATE), jobs.latest(userId, JOB_UPGRADE))
                .flatMap(Optional::stream).max(Comparator.comparingLong(JobView::id));
        boolean running = job.filter(j -> j.status().equals("queued") || j.status().equals("running")).isPresent();
        int required = PersonaLevel.COMPLETE.requiredDiaries();
        return new PersonaDtos.Status(count, required, count >= required && p.isEmpty() && !running, p.isPresent(),
                p.map(PersonaView::level).orElse(null),
                job.map(j -> new PersonaDtos.JobRef(j.id(), j.status())).orElse(null));
    }

    /** 202 job id; a generation already in progress is returned instead of starting a second one. */
    @Transactional
    long generate(long userId) {
        store.lockUser(userId);
        if (store.exists(userId)) {
            throw Personas.exists();
        }
        Optional<Long> running = activeJob(userId);
        if (running.isPresent()) {
            return running.get();
        }
        requireDiaries(userId, PersonaLevel.COMPLETE);
        return jobs.enqueue(JOB_GENERATE, userId, Map.of("mode", "generate"));
    }

    @Transactional
    long regenerate(long userId) {
        store.lockUser(userId);
        if (!store.exists(userId)) {
            throw ApiException.notFound("페르소나");
        }
        Optional<Long> running = activeJob(userId);
        if (running.isPresent()) {
            return running.get();
        }
        requireDiaries(userId, PersonaLevel.COMPLETE);
        return jobs.enqueue(JOB_GENERATE, userId, Map.of("mode", "regenerate"));
    }

    PersonaView mine(long userId) {
        return store.byUser(userId).orElseThrow(() -> ApiException.notFound("페르소나"));
    }

    @Transactional
    PersonaView update(long userId, PersonaDtos.Update body) {
        String name = body.name() == null ? null : body.name().strip();
        return store.update(userId, name, body.isPublic()).orElseThrow(() -> ApiException.notFound("페르소나"));
    }

    @Transactional
    PersonaView customize(long userId, PersonaDtos.Customize body) {
        PersonaView p = store.byUser(userId).orElseThrow(() -> ApiException.notFound("페르소나"));
        List<String> traits = null;
        if (body.traitsOverride() != null) {
            traits = new ArrayList<>();
            for (String t : body.traitsOverride()) {
                String v = t.strip();
                if (!PersonaDtos.TRAIT_CHOICES.contains(v)) {
                    throw ApiException.badRequest("traits_override", "선택할 수 없는 성격이에요: " + v,
                            "Unknown trait: " + v);
                }
                if (!traits.contains(v)) {
                    traits.add(v);
                }
            }
        }
        PersonaCustomization old = p.customization() == null ? PersonaCustomization.EMPTY : p.customization();
        String greeting = body.greeting() == null ? old.greeting()
                : body.greeting().isBlank() ? null : body.greeting().strip();
        PersonaCustomization merged = new PersonaCustomization(body.tone() != null ? body.tone() : old.tone(),
                body.emoji() != null ? body.emoji() : old.emoji(), traits != null ? traits : old.traitsOverride(),
                greeting);
        return store.customize(userId, merged).orElseThrow(() -> ApiException.notFound("페르소나"));
    }

    /** A friend's persona: 403 unless accepted friends, 404 when none, 403 when private. */
    PersonaView ofFriend(long viewerId, long ownerId) {
        if (viewerId == ownerId) {
            return mine(viewerId);
        }
        if (!friendships.areFriends(viewerId, ownerId)) {
            throw Personas.notFriends();
        }
        PersonaView p = store.byUser(ownerId).orElseThrow(() -> ApiException.notFound("페르소나"));
        if (!p.isPublic()) {
            throw Personas.privatePersona();
        }
        return p.forFriend();
    }

    private Optional<Long> activeJob(long userId) {
        for (String kind : List.of(JOB_GENERATE, JOB_UPGRADE)) {
            Optional<JobView> j = jobs.latest(userId, kind)
                    .filter(v -> v.status().equals("queued") || v.status().equals("running"));
            if (j.isPresent()) {
                return Optional.of(j.get().id());
            }
        }
        return Optional.empty();
    }

    private void requireDiaries(long userId, PersonaLevel level) {
        int count = diaries.countPublic(userId);
        if (count < level.requiredDiaries()) {
            throw ApiException.unprocessable("not-enough-diaries",
                    "공개 일기가 " + level.requiredDiaries() + "개 이상 필요해요. 지금은 " + count + "개예요.",
                    "At least " + level.requiredDiaries() + " non-private diaries are needed; you have " + count + ".");
        }
    }
}
