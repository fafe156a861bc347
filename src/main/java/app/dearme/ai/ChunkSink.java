package app.dearme.ai;

/** Receives streamed reply text. {@link #cancelled()} lets the engine stop (and cancel upstream). */
public interface ChunkSink {
    void chunk(String text);

    default boolean cancelled() {
        return false;
    }

    ChunkSink IGNORE = text -> { };
}
