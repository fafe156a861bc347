package app.dearme.ai.local;

import app.dearme.ai.ChatRequest.RetrievedDiary;
import app.dearme.ai.local.ChatResponder.Line;
import app.dearme.vocabulary.Mood;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The sentences after "'제목' 일기 생각난다" when the owner asks about a diary: what it was about (nouns of the
 * snippet, only when the context level gives one; never the diary's own sentence) and how it felt (its mood).
 */
final class DiaryLines {

    private static final Line NO_MOOD = new Line("그 얘기 다시 꺼내 줘서 반가워.", "그 이야기를 다시 꺼내 주셔서 반가워요.");

    private DiaryLines() {
    }

    static Line mood(RetrievedDiary d) {
        return d.mood() == null ? NO_MOOD : mood(d.mood());
    }

    /** Exhaustive over {@link Mood}. */
    static Line mood(Mood mood) {
        return switch (mood) {
            case HAPPY -> new Line("읽기만 해도 그때 즐거움이 전해졌어.", "읽기만 해도 그때의 즐거움이 전해졌어요.");
            case SAD -> new Line("그날 마음이 많이 무거웠던 게 느껴졌어.", "그날 마음이 많이 무거우셨던 게 느껴졌어요.");
            case ANGRY -> new Line("그때 정말 속상하고 화났던 마음이 느껴졌어.", "그때 정말 속상하고 화나셨던 마음이 느껴졌어요.");
            case ANXIOUS -> new Line("그날 마음을 많이 졸였던 게 느껴졌어.", "그날 마음을 많이 졸이셨던 게 느껴졌어요.");
            case CALM -> new Line("차분하게 하루를 보낸 느낌이라 좋았어.", "차분하게 하루를 보내신 느낌이라 좋았어요.");
            case EXCITED -> new Line("설렘이 글에서 그대로 느껴졌어.", "설렘이 글에서 그대로 느껴졌어요.");
            case TIRED -> new Line("몸도 마음도 많이 지쳤던 날이었지.", "몸도 마음도 많이 지치셨던 날이었죠.");
            case GRATEFUL -> new Line("고마운 마음이 가득했던 게 기억나.", "고마운 마음이 가득했던 게 기억나요.");
            case LONELY -> new Line("조금 쓸쓸했던 마음이 느껴졌어.", "조금 쓸쓸하셨던 마음이 느껴졌어요.");
            case HOPEFUL -> new Line("앞으로를 기대하는 마음이 보여서 좋았어.", "앞으로를 기대하시는 마음이 보여서 좋았어요.");
        };
    }

    /** The snippet's opening words, only when the owner asked for them; null without a snippet. */
    static Line quote(RetrievedDiary d) {
        if (d.snippet() == null || d.snippet().isBlank()) {
            return null;
        }
        String s = d.snippet().strip().replaceAll("\\s+", " ");
        s = s.length() > 40 ? s.substring(0, 40) + "…" : s;
        return new Line("거기에 \"" + s + "\"라고 적었어.", "거기에 \"" + s + "\"라고 적으셨어요.");
    }

    /**
     * Whether the noun occurs as a word of its own, not as a piece Nori cut out of a compound ("유기" of "유기견",
     * "의사" of "수의사"): no Hangul right before it, and after it a particle, punctuation or nothing.
     */
    private static boolean standsAlone(String noun, String text) {
        return Pattern.compile("(?<![가-힣])" + Pattern.quote(noun) + "(?=[을를이가은는에도와과랑로의만까\\s.,!?]|$)")
                .matcher(text).find();
    }

    /** Up to two nouns of the snippet that the title does not already say; null without a snippet or such nouns. */
    static Line topic(RetrievedDiary d, TopicExtractor topics) {
        if (d.snippet() == null || d.snippet().isBlank()) {
            return null;
        }
        Set<String> titleWords = d.title() == null ? Set.of() : Set.copyOf(topics.nouns(d.title()));
        Set<String> picked = new LinkedHashSet<>();
        for (String n : topics.nouns(d.snippet())) {
            if (!titleWords.contains(n) && n.length() >= 2 && standsAlone(n, d.snippet()) && picked.size() < 2) {
                picked.add(n);
            }
        }
        if (picked.isEmpty()) {
            return null;
        }
        List<String> p = List.copyOf(picked);
        String what = p.size() == 2 ? Ko.josa(p.get(0), "이랑/랑") + " " + p.get(1) : p.get(0);
        return new Line("거기에 " + what + " 얘기도 적었잖아.", "거기에 " + what + " 이야기도 적으셨죠.");
    }
}
