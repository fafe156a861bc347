package app.dearme.ai;

public record PromptSuggestion(String title, String description) {
}
