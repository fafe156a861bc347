package app.dearme.chat;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Chat context sizes and streaming limits (SPEC §7). A friend-chat reply is buffered for the privacy check and
 * then sent in small chunks spaced by {@code checkedReplyPace}, so it still streams visibly. At most
 * {@code turnStartConcurrency} turns do their database work at once; others wait up to {@code turnStartWait}
 * (see {@link ChatAdmission}).
 */
@ConfigurationProperties("dearme.chat")
record ChatProperties(@DefaultValue("10") int historySize,
                      @DefaultValue("3") int retrievalLimit,
                      @DefaultValue("150") int snippetLength,
                      @DefaultValue("3m") Duration streamTimeout,
                      @DefaultValue("1s") Duration keepAliveWhileChecking,
                      @DefaultValue("24h") Duration idempotencyTtl,
                      @DefaultValue("40ms") Duration checkedReplyPace,
                      @DefaultValue("8") int turnStartConcurrency,
                      @DefaultValue("30s") Duration turnStartWait) {
}
