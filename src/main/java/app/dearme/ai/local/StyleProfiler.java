package app.dearme.ai.local;

import app.dearme.ai.SpeakingStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures how someone writes: sentence endings (해요체 / 합니다체 / 반말), emoji and ㅋㅋ/ㅎㅎ rates,
 * average sentence length. {@link Style#structured} is what the engines read; {@link Style#describe} is the Korean
 * display text of the same style and is never parsed back.
 */
public final class StyleProfiler {

    public enum Formality { BANMAL, HAEYO, HAPNIDA }

    public record Style(Formality formality, double emojiPerDiary, double laughPerDiary, double avgSentenceLength,
                        int sentences) {

        /** The structured style engines read; {@link #describe} is only its display text. */
        public SpeakingStyle structured() {
            SpeakingStyle.Formality f = switch (formality) {
                case HAPNIDA -> SpeakingStyle.Formality.HAPNIDA;
                case HAEYO -> SpeakingStyle.Formality.HAEYO;
                case BANMAL -> SpeakingStyle.Formality.BANMAL;
            };
            SpeakingStyle.SentenceLength length = avgSentenceLength < 18 ? SpeakingStyle.SentenceLength.SHORT
                    : avgSentenceLength < 32 ? SpeakingStyle.SentenceLength.MEDIUM : SpeakingStyle.SentenceLength.LONG;
            return new SpeakingStyle(f, frequency(emojiPerDiary), frequency(laughPerDiary), length);
        }

        private static SpeakingStyle.Frequency frequency(double perDiary) {
            return perDiary >= 1.0 ? SpeakingStyle.Frequency.OFTEN
                    : perDiary > 0.2 ? SpeakingStyle.Frequency.SOMETIMES : SpeakingStyle.Frequency.RARELY;
        }

        public boolean emojiHeavy() {
            return emojiPerDiary >= 1.0;
        }

        public boolean laughHeavy() {
            return laughPerDiary >= 1.0;
        }

        public String describe() {
            List<String> parts = new ArrayList<>();
            parts.add(switch (formality) {
                case HAPNIDA -> "합니다체로 정중하게 말함";
                case HAEYO -> "해요체로 부드럽게 말함";
                case BANMAL -> "반말로 편하게 말함";
            });
            String length = avgSentenceLength < 18 ? "짧고 간결한 문장" : avgSentenceLength < 32 ? "적당한 길이의 문장"
                    : "길고 차분한 문장";
            parts.add(length + "(평균 " + Math.round(avgSentenceLength) + "자)");
            if (emojiHeavy()) {
                parts.add("이모지를 자주 씀");
            } else if (emojiPerDiary > 0.2) {
                parts.add("이모지를 가끔 씀");
            } else {
                parts.add("이모지는 거의 쓰지 않음");
            }
            if (laughHeavy()) {
                parts.add("ㅋㅋ·ㅎㅎ를 자주 씀");
            } else if (laughPerDiary > 0.2) {
                parts.add("가끔 ㅋㅋ·ㅎㅎ를 씀");
            }
            return String.join(", ", parts);
        }
    }

    static final Pattern EMOJI = Pattern.compile("[\\x{1F300}-\\x{1FAFF}\\x{2600}-\\x{27BF}\\x{1F000}-\\x{1F2FF}]");
    private static final Pattern LAUGH = Pattern.compile("[ㅋㅎ]{2,}");
    private static final Pattern SENTENCE_SPLIT = Pattern.compile("(?<=[.!?…~])\\s+|\\n+");
    private static final Pattern HAPNIDA = Pattern.compile("(습니다|ㅂ니다|니다|습니까|니까)$");
    private static final Pattern HAEYO = Pattern.compile("(요|죠|세요|예요|에요)$");

    public Style profile(List<String> texts) {
        int hapnida = 0;
        int haeyo = 0;
        int banmal = 0;
        int emoji = 0;
        int laugh = 0;
        long chars = 0;
        int sentences = 0;
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            emoji += count(EMOJI, text);
            laugh += count(LAUGH, text);
            for (String raw : SENTENCE_SPLIT.split(text.strip())) {
                String s = raw.strip();
                String core = s.replaceAll("[\\s.!?…~^]+$", "")
                        .replaceAll("(\\s*([ㅋㅎㅠㅜ]+|" + EMOJI.pattern() + "))+$", "")
                        .replaceAll("[\\s.!?…~^]+$", "");
                if (core.isEmpty()) {
                    continue;
                }
                sentences++;
                chars += core.length();
                if (HAPNIDA.matcher(core).find()) {
                    hapnida++;
                } else if (HAEYO.matcher(core).find()) {
                    haeyo++;
                } else if (core.matches(".*[가-힣]$")) {
                    banmal++;
                }
            }
        }
        Formality f = Formality.BANMAL;
        if (hapnida > banmal && hapnida >= haeyo) {
            f = Formality.HAPNIDA;
        } else if (haeyo > banmal && haeyo > hapnida) {
            f = Formality.HAEYO;
        }
        int docs = Math.max(1, (int) texts.stream().filter(t -> t != null && !t.isBlank()).count());
        double avg = sentences == 0 ? 0 : (double) chars / sentences;
        return new Style(f, (double) emoji / docs, (double) laugh / docs, avg, sentences);
    }

    static int count(Pattern p, String s) {
        Matcher m = p.matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
