package app.dearme.quiz;

import app.dearme.ai.AiEngine;
import app.dearme.ai.PersonaDraft;
import app.dearme.diary.DiaryReader;
import app.dearme.vocabulary.PersonaLevel;
import app.dearme.persona.PersonaView;
import app.dearme.persona.Personas;
import app.dearme.platform.error.ApiException;
import app.dearme.platform.jobs.Jobs;
import app.dearme.platform.text.Josa;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** SPEC §6 quiz: a temporary persona from five answers, then level-ups as non-private diaries come. */
@Service
class QuizService {

    static final String JOB_UPGRADE = "persona_upgrade";
    static final int MAX_TRAITS = 10;

    private final Personas personas;
    private final DiaryReader diaries;
    private final AiEngine ai;
    private final Jobs jobs;

    QuizService(Personas personas, DiaryReader diaries, AiEngine ai, Jobs jobs) {
        this.personas = personas;
        this.diaries = diaries;
        this.ai = ai;
        this.jobs = jobs;
    }

    QuizDtos.Questions questions() {
        return new QuizDtos.Questions(QuizQuestions.ALL.stream().map(q -> new QuizDtos.QuestionView(q.id(), q.text(),
                q.options().stream().map(o -> new QuizDtos.OptionView(o.id(), o.text())).toList())).toList());
    }

    PersonaView submit(long userId, QuizDtos.Submit body) {
        List<List<String>> chosen = chosenTraits(body.answers());
        if (personas.ofUser(userId).isPresent()) {
            throw ApiException.conflict("persona-exists", "이미 페르소나가 있어요.", "You already have a persona.");
        }
        PersonaDraft draft = ai.personaFromQuiz(traits(chosen));
        return personas.createTemporary(userId, draft);
    }

    /** Validates one answer per question and returns each answer's traits in question order. */
    static List<List<String>> chosenTraits(List<QuizDtos.Answer> answers) {
        Set<Integer> seen = new HashSet<>();
        List<List<String>> out = new ArrayList<>();
        for (QuizDtos.Answer a : answers) {
            QuizQuestions.Question q = QuizQuestions.BY_ID.get(a.questionId());
            if (q == null) {
                throw ApiException.badRequest("answers", "없는 질문이에요: " + a.questionId(), "Unknown question: " + a.questionId());
            }
            if (!seen.add(a.questionId())) {
                throw ApiException.badRequest("answers", "같은 질문에 두 번 답했어요: " + a.questionId(),
                        "Question answered twice: " + a.questionId());
            }
            out.add(q.option(a.optionId()).orElseThrow(() -> ApiException.badRequest("answers",
                    "없는 선택지예요: " + a.optionId(), "Unknown option: " + a.optionId())).traits());
        }
        if (seen.size() != QuizQuestions.ALL.size()) {
            throw ApiException.badRequest("answers", "모든 질문에 답해 주세요.", "Answer every question.");
        }
        return out;
    }

    /** Round-robin over the answers so every answer is represented; de-duplicated, at most ten. */
    static List<String> traits(List<List<String>> chosen) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < 3 && out.size() < MAX_TRAITS; i++) {
            for (List<String> t : chosen) {
                if (i < t.size() && out.size() < MAX_TRAITS) {
                    out.add(t.get(i));
                }
            }
        }
        return List.copyOf(out);
    }

    QuizDtos.Level level(long userId) {
        int count = diaries.countPublic(userId);
        Optional<PersonaView> p = personas.ofUser(userId);
        if (p.isEmpty()) {
            return new QuizDtos.Level(null, null, count, PersonaLevel.TEMPORARY.wire(), 0, 0);
        }
        PersonaLevel cur = p.get().personaLevel();
        Optional<PersonaLevel> next = cur.next();
        if (next.isEmpty()) {
            return new QuizDtos.Level(cur.wire(), cur.label(), count, null, 0, 100);
        }
        int need = next.get().requiredDiaries();
        int pct = Math.max(0, Math.min(100, count * 100 / need));
        return new QuizDtos.Level(cur.wire(), cur.label(), count, next.get().wire(), Math.max(0, need - count), pct);
    }

    @Transactional
    long upgrade(long userId) {
        personas.lockOwner(userId);
        PersonaView p = personas.ofUser(userId).orElseThrow(() -> ApiException.notFound("페르소나"));
        PersonaLevel target = p.personaLevel().next().orElseThrow(() -> ApiException.unprocessable("max-level",
                "이미 완전한 페르소나예요.", "The persona is already complete."));
        for (String kind : List.of(JOB_UPGRADE, "persona_generate")) {
            var running = jobs.latest(userId, kind).filter(j -> j.status().equals("queued") || j.status().equals("running"));
            if (running.isPresent()) {
                return running.get().id();
            }
        }
        int count = diaries.countPublic(userId);
        if (count < target.requiredDiaries()) {
            throw ApiException.unprocessable("not-enough-diaries",
                    Josa.attach(target.label(), "으로/로") + " 올리려면 공개 일기가 " + target.requiredDiaries() + "개 필요해요. 지금은 "
                            + count + "개예요.",
                    target.requiredDiaries() + " non-private diaries are needed for " + target.wire() + "; you have "
                            + count + ".");
        }
        return jobs.enqueue(JOB_UPGRADE, userId, Map.of("target_level", target.wire()));
    }
}
