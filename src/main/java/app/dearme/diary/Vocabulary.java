package app.dearme.diary;

import java.util.Set;

/** SPEC §15 mood and weather keys, and the moods counted as positive in the weekly insight (SPEC §5). */
final class Vocabulary {

    static final Set<String> MOODS = Set.of("happy", "sad", "angry", "anxious", "calm", "excited", "tired",
            "grateful", "lonely", "hopeful");
    static final Set<String> WEATHERS = Set.of("sunny", "cloudy", "rainy", "snowy", "windy", "foggy", "stormy");
    static final Set<String> POSITIVE_MOODS = Set.of("happy", "excited", "grateful", "hopeful", "calm");

    private Vocabulary() {
    }
}
