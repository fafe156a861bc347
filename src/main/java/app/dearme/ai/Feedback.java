package app.dearme.ai;

import java.util.List;

/** suggestion is null unless concerning/critical; resources non-empty when critical or safety fired. */
public record Feedback(String statusLabel, String message, String encouragement, String suggestion, String emoji,
                       List<CrisisResource> resources) {
}
