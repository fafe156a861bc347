package app.dearme.ai;

import java.util.List;

/** flagged=true means a self-harm/suicide signal; callers add {@link CrisisResource#KOREA}. */
public record SafetyResult(boolean flagged, List<String> signals) {
    public static final SafetyResult CLEAR = new SafetyResult(false, List.of());
}
